-- 8945Q: the assessment factors code 18A should not be used (18B or 18C instead).
-- severity: query
SELECT 'AssessmentFactors' AS tbl, row_no FROM assessment_factors
WHERE upper(assessmentfactors) = '18A'
