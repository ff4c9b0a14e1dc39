-- 1105: The child protection plan start date cannot be before the referral date.
WITH early AS (
    SELECT p.row_no AS plan_row, d.row_no AS details_row
    FROM child_protection_plans p
    JOIN cin_details d ON d.child_seq = p.child_seq AND d.cin_seq = p.cin_seq
    WHERE p.cppstartdate < d.cinreferraldate
)
SELECT 'ChildProtectionPlans' AS tbl, plan_row AS row_no FROM early
UNION ALL
SELECT 'CINdetails', details_row FROM early
