-- 103: The ethnicity code is either not valid or has not been entered.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE ethnic IS NULL OR ethnic NOT IN (SELECT code FROM codes WHERE code_set = 'ETHNIC')
