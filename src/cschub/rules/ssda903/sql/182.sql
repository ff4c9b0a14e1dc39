-- 182: Data entries on immunisations, teeth checks, health assessments and substance misuse
-- problem identified should be completed or all OC2 fields should be left blank.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE (immunisations IS NULL OR teeth_check IS NULL OR health_assessment IS NULL
       OR substance_misuse IS NULL)
  AND (convicted IS NOT NULL OR health_check IS NOT NULL OR intervention_received IS NOT NULL
       OR intervention_offered IS NOT NULL)
