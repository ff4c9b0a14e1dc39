-- INT04: Internal Check: Child in Missing does not exist in Header.
SELECT 'Missing' AS tbl, f.row_no
FROM missing f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
