-- 8750 (2024-25 on): Sex must equal U for an unborn child (no date of birth, an expected one).
SELECT 'ChildIdentifiers' AS tbl, row_no FROM child_identifiers
WHERE personbirthdate IS NULL AND expectedpersonbirthdate IS NOT NULL
  AND (sex IS NULL OR upper(trim(sex)) <> 'U')
