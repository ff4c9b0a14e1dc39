-- 8565: Activity shown after a case has been closed. A CIN closure date, when given, must be on
-- or after every date of the same CIN episode: its initial child protection conference,
-- assessment start and authorisation dates, section 47 start and conference dates, child
-- protection plan end dates and CIN plan start and end dates. Flags the episode and each row
-- holding a later date.
WITH closed AS (
    SELECT child_seq, cin_seq, row_no, cinclosuredate, dateofinitialcpc
    FROM cin_details
    WHERE cinclosuredate IS NOT NULL
),
late AS (
    SELECT 'CINdetails' AS tbl, row_no, row_no AS episode_row
    FROM closed
    WHERE dateofinitialcpc > cinclosuredate
    UNION ALL
    SELECT 'Assessments', a.row_no, e.row_no
    FROM assessments a JOIN closed e ON e.child_seq = a.child_seq AND e.cin_seq = a.cin_seq
    WHERE a.assessmentactualstartdate > e.cinclosuredate
       OR a.assessmentauthorisationdate > e.cinclosuredate
    UNION ALL
    SELECT 'Section47', s.row_no, e.row_no
    FROM section47 s JOIN closed e ON e.child_seq = s.child_seq AND e.cin_seq = s.cin_seq
    WHERE s.s47actualstartdate > e.cinclosuredate
       OR s.dateofinitialcpc > e.cinclosuredate
    UNION ALL
    SELECT 'ChildProtectionPlans', p.row_no, e.row_no
    FROM child_protection_plans p
    JOIN closed e ON e.child_seq = p.child_seq AND e.cin_seq = p.cin_seq
    WHERE p.cppenddate > e.cinclosuredate
    UNION ALL
    SELECT 'CINplanDates', p.row_no, e.row_no
    FROM cin_plan_dates p JOIN closed e ON e.child_seq = p.child_seq AND e.cin_seq = p.cin_seq
    WHERE p.cinplanstartdate > e.cinclosuredate
       OR p.cinplanenddate > e.cinclosuredate
)
SELECT tbl, row_no FROM late
UNION
SELECT 'CINdetails', episode_row FROM late
