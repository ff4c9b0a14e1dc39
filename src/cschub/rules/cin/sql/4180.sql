-- 4180: Gender is missing: GenderCurrent must be present and one of the GenderCurrent codes.
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE gendercurrent IS NULL
   OR upper(gendercurrent) NOT IN (SELECT code FROM codes WHERE code_set = 'GenderCurrent')
