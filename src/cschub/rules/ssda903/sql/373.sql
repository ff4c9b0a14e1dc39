-- 373: Child placed in a school should be at least 4 years old.
-- An episode with placement S1 that starts before the child's 4th birthday.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.place) = 'S1' AND e.decom IS NOT NULL AND h.dob IS NOT NULL
  AND age_years(h.dob, e.decom) < 4
