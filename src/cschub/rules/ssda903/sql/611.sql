-- 611: Date of birth field is blank, but child is a mother.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE mother = '1' AND trim(COALESCE(mc_dob_raw, '')) = ''
