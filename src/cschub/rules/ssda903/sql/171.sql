-- 171: Date of birth of mother's child is not a valid date.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE mc_dob IS NULL AND trim(mc_dob_raw) <> ''
