-- 8910: Latest Category of Abuse code missing or invalid.
SELECT 'ChildProtectionPlans' AS tbl, row_no FROM child_protection_plans
WHERE latestcategoryofabuse IS NULL
   OR upper(latestcategoryofabuse) NOT IN (SELECT code FROM codes WHERE code_set = 'CategoryOfAbuse')
