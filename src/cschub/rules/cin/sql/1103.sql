-- 1103: The assessment start date cannot be before the referral date (of its CIN episode).
WITH early AS (
    SELECT a.row_no AS assessment_row, d.row_no AS details_row
    FROM assessments a
    JOIN cin_details d ON d.child_seq = a.child_seq AND d.cin_seq = a.cin_seq
    WHERE a.assessmentactualstartdate < d.cinreferraldate
)
SELECT 'Assessments' AS tbl, assessment_row AS row_no FROM early
UNION ALL
SELECT 'CINdetails', details_row FROM early
