-- 431: The reason for new episode is started to be looked after, but the previous episode ended on the same day.
-- An episode with RNE S starting on or before the day the child's previous episode ended.
WITH o AS (
  SELECT row_no, rne, decom,
         LAG(dec) OVER (PARTITION BY child ORDER BY decom, row_no) AS prev_dec
  FROM episodes
  WHERE child IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE upper(rne) = 'S' AND decom <= prev_dec
