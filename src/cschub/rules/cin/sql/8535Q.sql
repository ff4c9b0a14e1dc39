-- 8535Q: Please check and either amend data or provide a reason: Child's date of death should not
-- be prior to the date of birth (or a date of death given without a date of birth).
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE persondeathdate IS NOT NULL
  AND (personbirthdate IS NULL OR personbirthdate > persondeathdate)
