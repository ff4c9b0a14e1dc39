-- 374: Child in residential employment should be at least 14 years old.
-- An episode with placement P3 that starts before the child's 14th birthday.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.place) = 'P3' AND e.decom IS NOT NULL AND h.dob IS NOT NULL
  AND age_years(h.dob, e.decom) < 14
