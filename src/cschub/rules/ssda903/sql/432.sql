-- 432: The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.
-- An episode following one that ended care (REC other than X1) must have RNE S.
WITH o AS (
  SELECT row_no, rne,
         LAG(rec) OVER (PARTITION BY child ORDER BY decom, row_no) AS prev_rec,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS rn
  FROM episodes
  WHERE child IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE rn > 1 AND prev_rec IS NOT NULL AND upper(prev_rec) <> 'X1'
  AND (rne IS NULL OR upper(rne) <> 'S')
