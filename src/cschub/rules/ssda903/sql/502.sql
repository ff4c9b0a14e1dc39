-- 502: Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.
-- needs: previous
WITH f AS (
  SELECT row_no, child, decom,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS rn
  FROM episodes
  WHERE child IS NOT NULL AND decom IS NOT NULL
)
SELECT DISTINCT 'Episodes' AS tbl, f.row_no
FROM f
JOIN episodes_last l ON l.child = f.child
WHERE f.rn = 1 AND l.dec IS NULL AND trim(COALESCE(l.dec_raw, '')) = ''
  AND (l.decom IS NULL OR l.decom <> f.decom)
