-- 8500: LA Child ID missing
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE lachildid IS NULL
