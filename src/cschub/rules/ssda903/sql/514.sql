-- 514: Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.
-- A single adopter (LS_ADOPTR L0) must have SEX_ADOPTR M1 or F1.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE upper(ls_adoptr) = 'L0' AND (sex_adoptr IS NULL OR upper(sex_adoptr) NOT IN ('M1', 'F1'))
