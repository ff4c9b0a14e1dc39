-- 8873Q: When there is only one assessment on the episode and the factors code 21 (no factors
-- identified) has been used for the completed assessment, the reason for closure should be
-- RC8 or RC9.
-- severity: query
WITH single AS (
    SELECT child_seq, cin_seq, min(assessment_seq) AS assessment_seq
    FROM assessments GROUP BY child_seq, cin_seq HAVING count(*) = 1
)
SELECT 'CINdetails' AS tbl, d.row_no
FROM cin_details d
JOIN single s ON s.child_seq = d.child_seq AND s.cin_seq = d.cin_seq
JOIN assessments a ON a.child_seq = s.child_seq AND a.cin_seq = s.cin_seq
  AND a.assessment_seq = s.assessment_seq AND a.assessmentauthorisationdate IS NOT NULL
WHERE EXISTS (SELECT 1 FROM assessment_factors f WHERE f.child_seq = s.child_seq
              AND f.cin_seq = s.cin_seq AND f.assessment_seq = s.assessment_seq
              AND trim(f.assessmentfactors) = '21')
  AND coalesce(upper(trim(d.reasonforclosure)), '') NOT IN ('RC8', 'RC9')
