-- INT08: Internal Check: Child in Reviews does not exist in Header.
SELECT 'Reviews' AS tbl, f.row_no
FROM reviews f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
