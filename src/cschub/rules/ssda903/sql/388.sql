-- 388: Reason episode ceased is coded new episode begins, but there is no continuation episode.
-- Episodes of a child ordered by DECOM: an ended episode coded X1 must be followed by an episode
-- starting the same day; an ended episode followed by one starting the same day must be X1; the
-- last episode of a child cannot end with X1.
WITH o AS (
  SELECT row_no, dec, upper(rec) AS rec,
         LEAD(decom) OVER w AS next_decom,
         LEAD(row_no) OVER w AS next_row
  FROM episodes
  WHERE child IS NOT NULL
  WINDOW w AS (PARTITION BY child ORDER BY decom, row_no)
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE dec IS NOT NULL AND rec IS NOT NULL AND (
       (next_row IS NOT NULL AND rec = 'X1' AND next_decom IS NOT NULL AND dec <> next_decom)
    OR (next_row IS NOT NULL AND rec <> 'X1' AND dec = next_decom)
    OR (next_row IS NULL AND rec = 'X1'))
