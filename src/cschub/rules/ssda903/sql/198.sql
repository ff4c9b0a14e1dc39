-- 198: Child has not been looked after continuously for at least 12 months at 31 March but a
-- reason for no Strengths and Difficulties (SDQ) score has been completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE sdq_reason IS NOT NULL
  AND child NOT IN (SELECT child FROM cla_12_months)
