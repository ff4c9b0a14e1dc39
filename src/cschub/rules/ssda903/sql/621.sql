-- 621: Mother’s field has been completed but date of birth shows that the mother is younger than her child.
-- The child's own date of birth must be before the date of birth of her first child (MC_DOB).
SELECT 'Header' AS tbl, row_no
FROM header
WHERE mc_dob IS NOT NULL AND dob IS NOT NULL AND mc_dob <= dob
