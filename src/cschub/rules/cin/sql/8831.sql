-- 8831: Activity is recorded against a case marked as a referral with no further action (a
-- section 47 enquiry, an initial conference or an assessment on the episode).
WITH nfa AS (
    SELECT row_no, child_seq, cin_seq, dateofinitialcpc FROM cin_details
    WHERE lower(trim(referralnfa)) IN ('true', '1')
),
s47 AS (
    SELECT n.row_no AS details_row, s.row_no AS s47_row FROM nfa n
    JOIN section47 s ON s.child_seq = n.child_seq AND s.cin_seq = n.cin_seq
    WHERE s.s47actualstartdate IS NOT NULL OR s.dateofinitialcpc IS NOT NULL
),
assessed AS (
    SELECT n.row_no AS details_row, a.row_no AS assessment_row FROM nfa n
    JOIN assessments a ON a.child_seq = n.child_seq AND a.cin_seq = n.cin_seq
    WHERE a.assessmentactualstartdate IS NOT NULL OR a.assessmentauthorisationdate IS NOT NULL
)
SELECT 'CINdetails' AS tbl, row_no FROM nfa WHERE dateofinitialcpc IS NOT NULL
UNION ALL SELECT 'CINdetails', details_row FROM s47
UNION ALL SELECT 'Section47', s47_row FROM s47
UNION ALL SELECT 'CINdetails', details_row FROM assessed
UNION ALL SELECT 'Assessments', assessment_row FROM assessed
