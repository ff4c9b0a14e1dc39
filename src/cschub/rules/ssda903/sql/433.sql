-- 433: The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.
-- An episode with RNE P, L, T, U or B must start on the day the child's previous episode ended.
WITH o AS (
  SELECT row_no, rne, decom,
         LAG(dec) OVER (PARTITION BY child ORDER BY decom, dec, row_no) AS prev_dec,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, dec, row_no) AS rn
  FROM episodes
  WHERE child IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE rn > 1 AND upper(rne) IN ('P', 'L', 'T', 'U', 'B')
  AND (decom IS NULL OR prev_dec IS NULL OR decom <> prev_dec)
