-- 174 (from 2024-25): Mother's child date of birth is recorded but sex shows that the child is
-- a male (sex code M).
SELECT 'Header' AS tbl, row_no
FROM header
WHERE upper(sex) = 'M' AND trim(COALESCE(mc_dob_raw, '')) <> ''
