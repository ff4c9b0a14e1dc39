-- 501: A new episode has started before the end date of the previous episode.
WITH o AS (
  SELECT row_no, decom,
         LAG(dec) OVER (PARTITION BY child ORDER BY decom, row_no) AS prev_dec
  FROM episodes
  WHERE child IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE decom < prev_dec
