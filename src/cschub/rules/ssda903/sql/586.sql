-- 586: Dates of missing periods are before child’s date of birth.
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE mis_start < dob
