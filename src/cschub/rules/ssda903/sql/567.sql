-- 567: The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE mis_end < mis_start
