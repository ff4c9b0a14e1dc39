-- 377: Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.
-- Every T3 episode of a child with more than two T3 episodes in the return (the return covers
-- one collection year).
WITH t3 AS (
  SELECT row_no, COUNT(*) OVER (PARTITION BY child) AS n
  FROM episodes
  WHERE upper(place) = 'T3' AND child IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no FROM t3 WHERE n > 2
