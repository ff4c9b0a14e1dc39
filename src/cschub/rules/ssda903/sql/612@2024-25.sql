-- 612 (2024-25 on): Date of birth field has been completed but mother field indicates child is not a mother.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE upper(sex) = 'F' AND (mother IS NULL OR mother = '0') AND trim(COALESCE(mc_dob_raw, '')) <> ''
