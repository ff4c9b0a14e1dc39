-- 232: Sex of the child/young person has been reported as unknown.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE upper(sex) = 'U'
