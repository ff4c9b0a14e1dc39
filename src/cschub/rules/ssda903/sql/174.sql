-- 174 (2022-23 to 2023-24): Mother's child date of birth is recorded but gender shows that the
-- child is a male (sex code 1).
SELECT 'Header' AS tbl, row_no
FROM header
WHERE sex = '1' AND trim(COALESCE(mc_dob_raw, '')) <> ''
