-- 701: The end date of the DoLO is not a valid date (given but not a real date).
SELECT 'DoLo' AS tbl, row_no
FROM dolo
WHERE dolo_end IS NULL AND trim(COALESCE(dolo_end_raw, '')) <> ''
