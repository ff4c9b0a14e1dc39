-- 8920: Child Protection Plan cannot end after the child's Date of Death.
SELECT 'ChildProtectionPlans' AS tbl, p.row_no
FROM child_protection_plans p JOIN child_identifiers c ON c.child_seq = p.child_seq
WHERE p.cppenddate > c.persondeathdate
