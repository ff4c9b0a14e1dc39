-- 437: Reason episode ceased is child has died or is aged 18 or over but there are further episodes.
-- An episode ending with REC E2 (died) or E15 that is followed by another episode of the child.
WITH o AS (
  SELECT row_no, rec,
         LEAD(row_no) OVER (PARTITION BY child ORDER BY decom, row_no) AS next_row
  FROM episodes
  WHERE child IS NOT NULL AND decom IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE upper(rec) IN ('E2', 'E15') AND next_row IS NOT NULL
