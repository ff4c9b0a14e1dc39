-- 176: The gender of adopter(s) at the date of adoption code is not a valid code.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE sex_adoptr IS NOT NULL AND upper(sex_adoptr) NOT IN (SELECT code FROM codes WHERE code_set = 'SEX_ADOPTR')
