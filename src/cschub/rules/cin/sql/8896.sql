-- 8896: Within one CINDetails group there are 2 or more open Assessments groups.
SELECT 'Assessments' AS tbl, row_no
FROM (SELECT row_no, count(*) OVER (PARTITION BY child_seq, cin_seq) AS open_assessments
      FROM assessments WHERE assessmentauthorisationdate IS NULL) a
WHERE open_assessments > 1
