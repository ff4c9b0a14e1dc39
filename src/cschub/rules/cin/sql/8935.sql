-- 8935: This child is showing more than one open Child Protection plan (no End Date).
SELECT 'ChildProtectionPlans' AS tbl, row_no
FROM (SELECT row_no, count(*) OVER (PARTITION BY child_seq) AS open_plans
      FROM child_protection_plans WHERE cppenddate IS NULL) p
WHERE open_plans > 1
