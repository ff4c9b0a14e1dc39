-- 383 (2022-23 to 2024-25): A child in a temporary placement must subsequently return to his/her normal placement.
-- The episode after a temporary placement (T0-T4) must have RNE P and the same placement type as
-- the episode before the temporary placement. Episodes ordered by DECOM within a child.
WITH o AS (
  SELECT row_no, rne, place,
         LAG(place, 1) OVER w AS place_1,
         LAG(place, 2) OVER w AS place_2,
         ROW_NUMBER() OVER w AS rn
  FROM episodes
  WHERE child IS NOT NULL
  WINDOW w AS (PARTITION BY child ORDER BY decom, row_no)
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE rn >= 3 AND upper(place_1) IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND (rne IS NULL OR upper(rne) <> 'P'
       OR COALESCE(upper(place), '') <> COALESCE(upper(place_2), ''))
