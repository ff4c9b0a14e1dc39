-- 141: Date episode began is not a valid date.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE decom IS NULL AND trim(decom_raw) <> ''
