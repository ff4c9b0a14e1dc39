-- 8736: For an Assessment that has not been completed (no authorisation date), the start date
-- must be present and fall within the census year.
SELECT 'Assessments' AS tbl, a.row_no
FROM assessments a
CROSS JOIN meta m
WHERE a.assessmentauthorisationdate IS NULL
  AND (a.assessmentactualstartdate IS NULL
       OR a.assessmentactualstartdate < m.collection_start
       OR a.assessmentactualstartdate > m.collection_end)
