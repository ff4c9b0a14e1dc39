-- 8840: Child Protection Plan cannot start and end on the same day.
SELECT 'ChildProtectionPlans' AS tbl, row_no FROM child_protection_plans
WHERE cppstartdate = cppenddate
