-- 177: The legal status of adopter(s) code is not a valid code.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE ls_adoptr IS NOT NULL AND upper(ls_adoptr) NOT IN (SELECT code FROM codes WHERE code_set = 'LS_ADOPTR')
