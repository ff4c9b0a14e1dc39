-- 8930: Child Protection Plan End Date must fall within the census year.
SELECT 'ChildProtectionPlans' AS tbl, p.row_no
FROM child_protection_plans p CROSS JOIN meta m
WHERE p.cppenddate < m.collection_start OR p.cppenddate > m.collection_end
