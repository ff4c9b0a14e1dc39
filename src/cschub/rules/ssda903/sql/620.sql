-- 620: Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.
-- A mother (MOTHER 1) under 11 on 1 April, the start of the collection year.
SELECT 'Header' AS tbl, h.row_no
FROM header h, meta m
WHERE h.mother = '1' AND h.dob IS NOT NULL AND age_years(h.dob, m.collection_start) < 11
