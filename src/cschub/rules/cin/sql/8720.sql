-- 8720: Child Protection Plan Start Date missing (or not a valid date) or after the end of the
-- data collection period (a plan may have started in an earlier year).
SELECT 'ChildProtectionPlans' AS tbl, p.row_no
FROM child_protection_plans p
CROSS JOIN meta m
WHERE p.cppstartdate IS NULL
   OR p.cppstartdate > m.collection_end
