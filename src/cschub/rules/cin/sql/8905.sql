-- 8905: Initial Category of Abuse code missing or invalid.
SELECT 'ChildProtectionPlans' AS tbl, row_no FROM child_protection_plans
WHERE initialcategoryofabuse IS NULL
   OR upper(initialcategoryofabuse) NOT IN (SELECT code FROM codes WHERE code_set = 'CategoryOfAbuse')
