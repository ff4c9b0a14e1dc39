-- INT05: Internal Check: Child in OC2 does not exist in Header.
SELECT 'OC2' AS tbl, f.row_no
FROM oc2 f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
