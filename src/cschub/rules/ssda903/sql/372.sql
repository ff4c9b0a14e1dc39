-- 372: Child in youth custody or prison should be at least 10.
-- An episode with placement R5 that starts before the child's 10th birthday.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.place) = 'R5' AND e.decom IS NOT NULL AND h.dob IS NOT NULL
  AND age_years(h.dob, e.decom) < 10
