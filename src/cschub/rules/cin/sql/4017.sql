-- 4017: A CIN Plan has been reported as open at the same time as a Child Protection Plan: no
-- CPPstartDate of a child may fall on or after the CINPlanStartDate of one of the child's CIN
-- plans and before its CINPlanEndDate (or on or before the reference date when it has no end
-- date); a protection plan may start on the day a CIN plan ends. Both plans are flagged.
WITH clash AS (
    SELECT n.row_no AS plan_row, p.row_no AS cpp_row
    FROM child_protection_plans p
    JOIN cin_plan_dates n ON n.child_seq = p.child_seq
    CROSS JOIN meta m
    WHERE p.cppstartdate >= n.cinplanstartdate
      AND (p.cppstartdate < n.cinplanenddate
           OR (n.cinplanenddate IS NULL AND p.cppstartdate <= m.collection_end))
)
SELECT DISTINCT 'CINplanDates' AS tbl, plan_row AS row_no,
       'CINPlanStartDate;CINPlanEndDate' AS fields
FROM clash
UNION ALL
SELECT DISTINCT 'ChildProtectionPlans', cpp_row, 'CPPstartDate' FROM clash
