-- 190: Child has not been looked after continuously for at least 12 months at 31 March but one
-- or more data items relating to children looked after for 12 months have been completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE (convicted IS NOT NULL OR health_check IS NOT NULL OR immunisations IS NOT NULL
       OR teeth_check IS NOT NULL OR health_assessment IS NOT NULL
       OR substance_misuse IS NOT NULL OR intervention_received IS NOT NULL
       OR intervention_offered IS NOT NULL)
  AND child NOT IN (SELECT child FROM cla_12_months)
