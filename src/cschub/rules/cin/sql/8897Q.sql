-- 8897Q: Parental or child factors at assessment information is missing from a completed
-- assessment (authorised in the census year).
-- severity: query
SELECT 'Assessments' AS tbl, a.row_no
FROM assessments a CROSS JOIN meta m
WHERE a.assessmentauthorisationdate BETWEEN m.collection_start AND m.collection_end
  AND NOT EXISTS (
    SELECT 1 FROM assessment_factors f
    WHERE f.child_seq = a.child_seq AND f.cin_seq = a.cin_seq
      AND f.assessment_seq = a.assessment_seq AND f.assessmentfactors IS NOT NULL)
