-- 4001: A CIN Plan cannot run concurrently with a Child Protection Plan: a CIN episode holding a
-- child protection plan with no CPPendDate must not also hold a CIN plan with no CINPlanEndDate.
-- Both open plans are flagged.
WITH both_open AS (
    SELECT p.row_no AS cpp_row, n.row_no AS plan_row
    FROM child_protection_plans p
    JOIN cin_plan_dates n ON n.child_seq = p.child_seq AND n.cin_seq = p.cin_seq
    WHERE p.cppenddate IS NULL AND trim(COALESCE(p.cppenddate_raw, '')) = ''
      AND n.cinplanenddate IS NULL AND trim(COALESCE(n.cinplanenddate_raw, '')) = ''
)
SELECT DISTINCT 'CINplanDates' AS tbl, plan_row AS row_no, 'CINPlanEndDate' AS fields
FROM both_open
UNION ALL
SELECT DISTINCT 'ChildProtectionPlans', cpp_row, 'CPPendDate' FROM both_open
