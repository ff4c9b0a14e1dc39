-- 383 (2025-26 on): A child in a temporary placement must subsequently return to his/her normal placement.
-- The episode after a temporary placement (T0-T4) must have RNE P and the same placement type and
-- placement postcode as the episode before the temporary placement. Episodes ordered by DECOM.
WITH o AS (
  SELECT row_no, rne, place, pl_post,
         LAG(place, 1) OVER w AS place_1,
         LAG(place, 2) OVER w AS place_2,
         LAG(pl_post, 2) OVER w AS pl_post_2,
         ROW_NUMBER() OVER w AS rn
  FROM episodes
  WHERE child IS NOT NULL
  WINDOW w AS (PARTITION BY child ORDER BY decom, row_no)
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE rn >= 3 AND upper(place_1) IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND (rne IS NULL OR upper(rne) <> 'P'
       OR COALESCE(upper(place), '') <> COALESCE(upper(place_2), '')
       OR COALESCE(upper(replace(pl_post, ' ', '')), '')
          <> COALESCE(upper(replace(pl_post_2, ' ', '')), ''))
