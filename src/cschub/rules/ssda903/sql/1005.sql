-- 1005: The end date of the missing episode or episode that the child was away from placement
-- without authorisation is not a valid date (given but not a real date).
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE mis_end IS NULL AND trim(COALESCE(mis_end_raw, '')) <> ''
