-- 8696: Assessment end date (authorisation date) must fall within the census year.
SELECT 'Assessments' AS tbl, a.row_no
FROM assessments a
CROSS JOIN meta m
WHERE a.assessmentauthorisationdate < m.collection_start
   OR a.assessmentauthorisationdate > m.collection_end
