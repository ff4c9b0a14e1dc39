-- 524: If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF.
-- Adopters' legal status L12 requires SEX_ADOPTR in ('MM','FF').
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE upper(ls_adoptr) = 'L12' AND (sex_adoptr IS NULL OR upper(sex_adoptr) NOT IN ('MM','FF'))
