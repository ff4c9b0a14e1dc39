-- INT07: Internal Check: Child in PrevPerm does not exist in Header.
SELECT 'PrevPerm' AS tbl, f.row_no
FROM prev_perm f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
