-- INT09: Internal Check: Child in UASC does not exist in Header.
SELECT 'UASC' AS tbl, f.row_no
FROM uasc f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
