-- 375: Hospitalisation coded as a temporary placement exceeds six weeks.
-- An ended episode with placement T1 lasting more than 42 days (DEC - DECOM > 42).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) = 'T1' AND decom IS NOT NULL AND dec IS NOT NULL
  AND dec - decom > 42
