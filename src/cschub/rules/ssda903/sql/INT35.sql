-- INT35: Internal Check: Child should only exist once in PrevPerm.
SELECT 'PrevPerm' AS tbl, row_no
FROM (SELECT row_no, COUNT(*) OVER (PARTITION BY child) AS n FROM prev_perm WHERE child IS NOT NULL) f
WHERE n > 1
