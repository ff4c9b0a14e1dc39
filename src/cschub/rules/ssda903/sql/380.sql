-- 380: A period of care cannot start with a temporary placement.
-- A temporary placement (T0-T4) is only allowed in an episode that continues the period of care
-- with a change of placement (RNE P or B).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND (rne IS NULL OR upper(rne) NOT IN ('P', 'B'))
