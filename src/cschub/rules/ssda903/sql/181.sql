-- 181: Data items relating to children looked after continuously for 12 months should be
-- completed with a 0 or 1.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE (convicted IS NOT NULL AND convicted NOT IN ('0', '1'))
   OR (health_check IS NOT NULL AND health_check NOT IN ('0', '1'))
   OR (immunisations IS NOT NULL AND immunisations NOT IN ('0', '1'))
   OR (teeth_check IS NOT NULL AND teeth_check NOT IN ('0', '1'))
   OR (health_assessment IS NOT NULL AND health_assessment NOT IN ('0', '1'))
   OR (substance_misuse IS NOT NULL AND substance_misuse NOT IN ('0', '1'))
   OR (intervention_received IS NOT NULL AND intervention_received NOT IN ('0', '1'))
   OR (intervention_offered IS NOT NULL AND intervention_offered NOT IN ('0', '1'))
