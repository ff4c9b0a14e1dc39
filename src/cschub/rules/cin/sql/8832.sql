-- 8832: Child Protection details provided for a referral with no further action.
WITH nfa AS (
    SELECT d.row_no AS details_row, p.row_no AS plan_row
    FROM cin_details d
    JOIN child_protection_plans p ON p.child_seq = d.child_seq AND p.cin_seq = d.cin_seq
    WHERE lower(trim(d.referralnfa)) IN ('true', '1')
)
SELECT 'CINdetails' AS tbl, details_row AS row_no FROM nfa
UNION ALL
SELECT 'ChildProtectionPlans', plan_row FROM nfa
