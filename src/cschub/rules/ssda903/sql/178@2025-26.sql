-- 178 (from 2025-26): Placement provider code is not a valid code: a provider given must be
-- PR0-PR5, and none is given for placements without a provider (T0-T3, Z11-Z14).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE place_provider IS NOT NULL
  AND (upper(place_provider) NOT IN (SELECT code FROM codes WHERE code_set = 'PLACE_PROVIDER')
       OR upper(COALESCE(place, '')) IN ('T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'))
