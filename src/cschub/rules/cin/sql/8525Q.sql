-- 8525Q: Either Date of Birth or Expected Date of Birth must be provided (but not both).
-- severity: query
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE (personbirthdate IS NULL AND expectedpersonbirthdate IS NULL)
   OR (personbirthdate IS NOT NULL AND expectedpersonbirthdate IS NOT NULL)
