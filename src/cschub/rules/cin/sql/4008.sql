-- 4008: CIN Plan shown as starting after the child's Date of Death.
WITH late AS (
    SELECT p.row_no AS plan_row, c.row_no AS child_row
    FROM cin_plan_dates p JOIN child_identifiers c ON c.child_seq = p.child_seq
    WHERE p.cinplanstartdate > c.persondeathdate
)
SELECT 'CINplanDates' AS tbl, plan_row AS row_no FROM late
UNION ALL
SELECT 'ChildIdentifiers', child_row FROM late
