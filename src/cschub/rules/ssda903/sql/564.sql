-- 564: Child was missing or away from placement without authorisation and the date started is blank.
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE upper(missing) IN ('M', 'A') AND trim(COALESCE(mis_start_raw, '')) = ''
