-- 580: Child is missing when cease being looked after but reason episode ceased not ‘E8’.
-- A missing period ending on the child's 18th birthday, the day an episode ended: that episode
-- must have REC E8.
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM missing x
JOIN episodes e ON e.child = x.child
WHERE x.dob IS NOT NULL AND x.mis_end IS NOT NULL AND e.dec = x.mis_end
  AND age_years(x.dob, x.mis_end) = 18 AND age_years(x.dob, x.mis_end - 1) = 17
  AND upper(COALESCE(e.rec, '')) <> 'E8'
