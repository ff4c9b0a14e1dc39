-- INT16: Internal Check: DOB in PrevPerm is different to DOB in Header.
SELECT 'PrevPerm' AS tbl, f.row_no
FROM prev_perm f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
