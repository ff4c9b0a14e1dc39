-- 1004: The start date of the missing episode or episode that the child was away from placement
-- without authorisation is not a valid date (blank or not a real date).
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE mis_start IS NULL
