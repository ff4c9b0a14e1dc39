-- 634: There are entries for previous permanence options, but child has not started to be looked
-- after from 1 April 2016 onwards (no episode of the child has DECOM on or after 01/04/2016).
WITH kids AS (
  SELECT child FROM episodes GROUP BY child
  HAVING MAX(decom) < DATE '2016-04-01'
),
pp AS (
  SELECT p.row_no, p.child FROM prev_perm p JOIN kids k ON k.child = p.child
  WHERE p.prev_perm IS NOT NULL OR p.la_perm IS NOT NULL OR p.date_perm IS NOT NULL
)
SELECT 'PrevPerm' AS tbl, row_no FROM pp
UNION ALL
SELECT 'Episodes' AS tbl, e.row_no FROM episodes e
WHERE e.child IN (SELECT child FROM pp)
