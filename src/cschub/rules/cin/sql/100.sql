-- 100: Reference Date is incorrect: it must be present and be 31 March of the collection Year.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE referencedate IS NULL
   OR year IS NULL
   OR referencedate <> CAST(CAST(year AS VARCHAR) || '-03-31' AS DATE)
