-- 520: Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.
-- Adopters' legal status L11 requires SEX_ADOPTR in ('MF').
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE upper(ls_adoptr) = 'L11' AND (sex_adoptr IS NULL OR upper(sex_adoptr) NOT IN ('MF'))
