-- 8670Q: Please check and either amend data or provide a reason: Assessment started more than 45
-- working days before the end of the census year. However, there is no Assessment end date.
-- An assessment with no authorisation date is queried when it started before the day 45
-- working days before 31 March (England and Wales: weekends and bank holidays excluded).
-- severity: query
SELECT 'Assessments' AS tbl, a.row_no
FROM assessments a
JOIN (SELECT working_day_before(collection_end, 45) AS day FROM meta) w
  ON a.assessmentactualstartdate < w.day
WHERE a.assessmentauthorisationdate IS NULL
