-- 101 (2022-23 to 2023-24): Gender code is not valid.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE sex IS NULL OR sex NOT IN (SELECT code FROM codes WHERE code_set = 'SEX')
