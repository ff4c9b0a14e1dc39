-- 192: Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE substance_misuse = '1' AND intervention_received IS NULL
