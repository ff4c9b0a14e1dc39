-- 519: Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.
-- Adopters' legal status L2 requires SEX_ADOPTR in ('MM','FF','MF').
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE upper(ls_adoptr) = 'L2' AND (sex_adoptr IS NULL OR upper(sex_adoptr) NOT IN ('MM','FF','MF'))
