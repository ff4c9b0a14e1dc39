-- 8730: Total Number of previous Child Protection Plans missing (must be a whole number, zero or
-- more).
SELECT 'ChildProtectionPlans' AS tbl, row_no
FROM child_protection_plans
WHERE numberofpreviouscpp IS NULL
   OR numberofpreviouscpp < 0
