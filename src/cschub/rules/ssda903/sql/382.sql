-- 382: A child receiving respite care cannot be in a temporary placement.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) IN ('V3', 'V4') AND upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4')
