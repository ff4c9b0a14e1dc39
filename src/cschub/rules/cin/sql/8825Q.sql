-- 8825Q: Reason for Closure RC8 or RC9 (case closed after assessment) but there is no
-- assessment on the episode.
-- severity: query
SELECT 'CINdetails' AS tbl, d.row_no
FROM cin_details d
WHERE upper(trim(d.reasonforclosure)) IN ('RC8', 'RC9')
  AND NOT EXISTS (SELECT 1 FROM assessments a
                  WHERE a.child_seq = d.child_seq AND a.cin_seq = d.cin_seq)
