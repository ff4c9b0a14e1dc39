-- 8950Q: the assessment factors code 19A should not be used (19B or 19C instead).
-- severity: query
SELECT 'AssessmentFactors' AS tbl, row_no FROM assessment_factors
WHERE upper(assessmentfactors) = '19A'
