-- 700: The start date of the DoLO is not a valid date (blank or not a real date).
SELECT 'DoLo' AS tbl, row_no
FROM dolo
WHERE dolo_start IS NULL
