-- 4220: Ethnicity is missing or invalid (see Ethnicity table).
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE ethnicity IS NULL
   OR upper(ethnicity) NOT IN (SELECT code FROM codes WHERE code_set = 'Ethnicity')
