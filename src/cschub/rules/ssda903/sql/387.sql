-- 387: Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.rec) IN ('E5', 'E6') AND e.dec IS NOT NULL AND h.dob IS NOT NULL
  AND age_years(h.dob, e.dec) < 14
