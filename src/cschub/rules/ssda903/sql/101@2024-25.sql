-- 101 (2024-25 on): The child or young person’s reported sex is not valid.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE sex IS NULL OR sex NOT IN (SELECT code FROM codes WHERE code_set = 'SEX')
