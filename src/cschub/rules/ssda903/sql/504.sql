-- 504: The category of need code differs from that reported at start of current period of being looked after
-- An episode continuing the period of care (the previous episode ended X1 on the day it starts)
-- must have the same category of need (CIN) as the previous episode.
WITH o AS (
  SELECT row_no, decom, COALESCE(upper(cin), '') AS cin,
         LAG(dec) OVER w AS prev_dec,
         LAG(rec) OVER w AS prev_rec,
         COALESCE(upper(LAG(cin) OVER w), '') AS prev_cin
  FROM episodes
  WHERE child IS NOT NULL
  WINDOW w AS (PARTITION BY child ORDER BY decom, row_no)
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE upper(prev_rec) = 'X1' AND prev_dec = decom AND cin <> prev_cin
