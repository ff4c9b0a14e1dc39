-- 4015: The CIN Plan start date cannot be before the referral date: where present,
-- CINPlanStartDate must be on or after its CIN episode's CINreferralDate. Both rows are flagged.
WITH early AS (
    SELECT n.row_no AS plan_row, d.row_no AS details_row
    FROM cin_plan_dates n
    JOIN cin_details d ON d.child_seq = n.child_seq AND d.cin_seq = n.cin_seq
    WHERE n.cinplanstartdate < d.cinreferraldate
)
SELECT DISTINCT 'CINplanDates' AS tbl, plan_row AS row_no, 'CINPlanStartDate' AS fields
FROM early
UNION ALL
SELECT DISTINCT 'CINdetails', details_row, 'CINreferralDate' FROM early
