-- 102: Date of birth is not a valid date.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE dob IS NULL
