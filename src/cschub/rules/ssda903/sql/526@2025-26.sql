-- 526 (2025-26 on): Child is missing a placement provider code for at least one episode.
-- Every placement other than temporary (T0-T4) and other placements (Z11-Z14) needs PLACE_PROVIDER.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE place_provider IS NULL
  AND (place IS NULL
       OR upper(place) NOT IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'))
