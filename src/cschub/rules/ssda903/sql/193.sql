-- 193: Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE (substance_misuse IS NULL OR substance_misuse = '0') AND (intervention_received IS NOT NULL OR intervention_offered IS NOT NULL)
