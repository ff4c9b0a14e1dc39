-- 8925: Child Protection Plan End Date earlier than Start Date.
SELECT 'ChildProtectionPlans' AS tbl, row_no FROM child_protection_plans
WHERE cppenddate < cppstartdate
