-- 4180: Sex must be provided and equal M, F, or U.
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE sex IS NULL
   OR upper(sex) NOT IN ('M', 'F', 'U')
