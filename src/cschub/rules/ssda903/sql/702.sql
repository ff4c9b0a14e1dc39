-- 702: The date that the DoLO ended is before the date that it started.
SELECT 'DoLo' AS tbl, row_no
FROM dolo
WHERE dolo_end < dolo_start
