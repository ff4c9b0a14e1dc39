-- INT03: Internal Check: Child in Episodes does not exist in Header.
SELECT 'Episodes' AS tbl, f.row_no
FROM episodes f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
