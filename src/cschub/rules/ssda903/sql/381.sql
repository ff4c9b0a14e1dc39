-- 381: A period of care cannot end with a temporary placement.
-- A temporary placement (T0-T4) that ends with a reason other than X1 (continuing care).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND rec IS NOT NULL AND upper(rec) <> 'X1'
