-- 8750: Gender must equal 0 for an unborn child (no date of birth, an expected one).
SELECT 'ChildIdentifiers' AS tbl, row_no FROM child_identifiers
WHERE personbirthdate IS NULL AND expectedpersonbirthdate IS NOT NULL
  AND (gendercurrent IS NULL OR trim(gendercurrent) <> '0')
