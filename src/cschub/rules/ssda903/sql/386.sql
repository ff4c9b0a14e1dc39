-- 386: Reason episode ceased is adopted but child has reached age 18.
-- An episode ending in adoption (E11, E12) on or after the child's 18th birthday.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.rec) IN ('E11', 'E12') AND e.dec IS NOT NULL AND h.dob IS NOT NULL
  AND age_years(h.dob, e.dec) >= 18
