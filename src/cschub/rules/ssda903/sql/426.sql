-- 426: A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.
-- Every V3 and V4 episode of a child who has both.
WITH r AS (
  SELECT row_no,
         MAX(CASE WHEN upper(ls) = 'V3' THEN 1 ELSE 0 END) OVER (PARTITION BY child) AS has_v3,
         MAX(CASE WHEN upper(ls) = 'V4' THEN 1 ELSE 0 END) OVER (PARTITION BY child) AS has_v4
  FROM episodes
  WHERE child IS NOT NULL AND upper(ls) IN ('V3', 'V4')
)
SELECT 'Episodes' AS tbl, row_no FROM r WHERE has_v3 = 1 AND has_v4 = 1
