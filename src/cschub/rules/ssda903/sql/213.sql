-- 213: Placement provider information not required: a temporary placement (T0-T4) must not
-- record a placement provider.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND place_provider IS NOT NULL
