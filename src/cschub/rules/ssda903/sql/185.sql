-- 185: Child has not been looked after continuously for at least 12 months at 31 March but a
-- Strengths and Difficulties (SDQ) score has been completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE trim(COALESCE(sdq_score_raw, '')) <> ''
  AND child NOT IN (SELECT child FROM cla_12_months)
