-- 2990: Activity is recorded against a case marked as 'Case closed after assessment, no further
-- action' or 'case closed after assessment, referred to early help'. A CIN episode with
-- ReasonForClosure RC8 or RC9 must have no Section47, ChildProtectionPlans or CINplanDates module
-- and no DateOfInitialCPC. The episode and each such module are flagged.
WITH closed AS (
    SELECT row_no, child_seq, cin_seq, dateofinitialcpc, dateofinitialcpc_raw
    FROM cin_details
    WHERE upper(reasonforclosure) IN ('RC8', 'RC9')
),
s47 AS (
    SELECT s.row_no, c.row_no AS details_row
    FROM closed c JOIN section47 s ON s.child_seq = c.child_seq AND s.cin_seq = c.cin_seq
),
cpp AS (
    SELECT p.row_no, c.row_no AS details_row
    FROM closed c
    JOIN child_protection_plans p ON p.child_seq = c.child_seq AND p.cin_seq = c.cin_seq
),
plans AS (
    SELECT n.row_no, c.row_no AS details_row
    FROM closed c JOIN cin_plan_dates n ON n.child_seq = c.child_seq AND n.cin_seq = c.cin_seq
),
conference AS (
    SELECT row_no AS details_row
    FROM closed
    WHERE dateofinitialcpc IS NOT NULL OR trim(COALESCE(dateofinitialcpc_raw, '')) <> ''
)
SELECT DISTINCT 'CINdetails' AS tbl, details_row AS row_no, 'ReasonForClosure' AS fields
FROM (SELECT details_row FROM s47 UNION ALL SELECT details_row FROM cpp
      UNION ALL SELECT details_row FROM plans) AS x
WHERE details_row NOT IN (SELECT details_row FROM conference)
UNION ALL
SELECT 'CINdetails', details_row, 'ReasonForClosure;DateOfInitialCPC' FROM conference
UNION ALL
SELECT 'Section47', row_no, 'S47ActualStartDate' FROM s47
UNION ALL
SELECT 'ChildProtectionPlans', row_no, 'CPPstartDate' FROM cpp
UNION ALL
SELECT 'CINplanDates', row_no, 'CINPlanStartDate' FROM plans
