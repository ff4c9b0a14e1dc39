-- 213 (from 2025-26): Placement provider information not required: a temporary placement
-- (T0-T4) or a placement coded Z11-Z14 must not record a placement provider.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14')
  AND place_provider IS NOT NULL
