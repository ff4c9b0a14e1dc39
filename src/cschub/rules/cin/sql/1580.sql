-- 1580: LA Child ID must not contain any non-alphanumeric characters.
SELECT 'ChildIdentifiers' AS tbl, row_no FROM child_identifiers
WHERE lachildid IS NOT NULL AND NOT (lachildid ~ '^[A-Za-z0-9]+$')
