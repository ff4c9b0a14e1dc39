-- 626: Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.
-- A mother (MOTHER 1) recorded as not a mother last year (MOTHER 0) whose first child was born
-- before 1 April of this year.
-- needs: previous
SELECT DISTINCT 'Header' AS tbl, h.row_no
FROM header h
JOIN header_last l ON l.child = h.child
CROSS JOIN meta m
WHERE h.mother = '1' AND l.mother = '0' AND h.mc_dob < m.collection_start
