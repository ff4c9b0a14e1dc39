-- INT01: Data Integrity Check: Child in AD1 does not exist in Header.
SELECT 'AD1' AS tbl, f.row_no
FROM ad1 f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
