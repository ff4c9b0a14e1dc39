-- 8867: CIN episode is shown as closed, however an Assessment is not shown as completed.
WITH open_assessment AS (
    SELECT d.row_no AS details_row, a.row_no AS assessment_row
    FROM cin_details d
    JOIN assessments a ON a.child_seq = d.child_seq AND a.cin_seq = d.cin_seq
    WHERE d.cinclosuredate IS NOT NULL AND a.assessmentauthorisationdate IS NULL
)
SELECT 'CINdetails' AS tbl, details_row AS row_no FROM open_assessment
UNION ALL
SELECT 'Assessments', assessment_row FROM open_assessment
