-- 1570: LA Child ID must not be longer than 20 characters.
SELECT 'ChildIdentifiers' AS tbl, row_no FROM child_identifiers WHERE length(lachildid) > 20
