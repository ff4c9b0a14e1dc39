-- 517: If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF.
-- Adopters' legal status L3 requires SEX_ADOPTR in ('MF').
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE upper(ls_adoptr) = 'L3' AND (sex_adoptr IS NULL OR upper(sex_adoptr) NOT IN ('MF'))
