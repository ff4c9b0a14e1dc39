-- 4016: A CIN Plan has been reported as open at the same time as a Child Protection Plan: no
-- CINPlanStartDate of a child may fall on or after the CPPstartDate of one of the child's
-- protection plans and before its CPPendDate (or on or before the reference date when it has no
-- end date); a CIN plan may start on the day a protection plan ends. Both plans are flagged.
WITH clash AS (
    SELECT n.row_no AS plan_row, p.row_no AS cpp_row
    FROM cin_plan_dates n
    JOIN child_protection_plans p ON p.child_seq = n.child_seq
    CROSS JOIN meta m
    WHERE n.cinplanstartdate >= p.cppstartdate
      AND (n.cinplanstartdate < p.cppenddate
           OR (p.cppenddate IS NULL AND n.cinplanstartdate <= m.collection_end))
)
SELECT DISTINCT 'CINplanDates' AS tbl, plan_row AS row_no, 'CINPlanStartDate' AS fields
FROM clash
UNION ALL
SELECT DISTINCT 'ChildProtectionPlans', cpp_row, 'CPPstartDate;CPPendDate' FROM clash
