-- 565: The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE missing IS NULL AND trim(COALESCE(mis_start_raw, '')) <> ''
