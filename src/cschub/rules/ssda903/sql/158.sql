-- 158: If a child has been recorded as receiving an intervention for their substance misuse
-- problem, then the additional item on whether an intervention was offered should be left blank.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE intervention_received = '1' AND intervention_offered IS NOT NULL
