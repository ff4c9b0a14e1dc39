-- 635: There are entries for date of order and local authority code where previous permanence
-- option was arranged but previous permanence code is Z1.
SELECT 'PrevPerm' AS tbl, p.row_no
FROM prev_perm p
WHERE upper(p.prev_perm) = 'Z1'
  AND (p.la_perm IS NOT NULL OR p.date_perm IS NOT NULL)
