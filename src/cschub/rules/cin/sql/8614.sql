-- 8614: Parental or child factors at assessment should only be present for a completed
-- assessment (one with an authorisation date). Flags the assessment and its factors.
WITH open_with_factors AS (
    SELECT a.row_no AS assessment_row, f.row_no AS factor_row
    FROM assessments a
    JOIN assessment_factors f
      ON f.child_seq = a.child_seq AND f.cin_seq = a.cin_seq
     AND f.assessment_seq = a.assessment_seq
    WHERE a.assessmentauthorisationdate IS NULL
      AND f.assessmentfactors IS NOT NULL
)
SELECT 'Assessments' AS tbl, assessment_row AS row_no FROM open_with_factors
UNION
SELECT 'AssessmentFactors', factor_row FROM open_with_factors
