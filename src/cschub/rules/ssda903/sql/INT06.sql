-- INT06: Internal Check: Child in OC3 does not exist in Header.
SELECT 'OC3' AS tbl, f.row_no
FROM oc3 f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
