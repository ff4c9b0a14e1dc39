-- 612 (2022-23 to 2023-24): Date of birth field has been completed but mother field indicates child is not a mother.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE sex = '2' AND (mother IS NULL OR mother = '0') AND trim(COALESCE(mc_dob_raw, '')) <> ''
