-- 159: If a child has been recorded as not receiving an intervention for their substance misuse
-- problem, then the additional item on whether an intervention was offered should be completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE substance_misuse = '1' AND intervention_received = '0' AND intervention_offered IS NULL
