-- 566: The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE missing IS NULL AND trim(COALESCE(mis_end_raw, '')) <> ''
