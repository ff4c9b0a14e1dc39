-- 8608: Assessment Start Date cannot be later than its End Date (authorisation date).
SELECT 'Assessments' AS tbl, row_no
FROM assessments
WHERE assessmentactualstartdate > assessmentauthorisationdate
