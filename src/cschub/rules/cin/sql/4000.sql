-- 4000: CIN Plan details provided for a referral with no further action: a CIN episode with
-- ReferralNFA true (1 or true) must have no CINplanDates module. The episode and its plans are
-- flagged.
WITH nfa AS (
    SELECT n.row_no, d.row_no AS details_row
    FROM cin_details d
    JOIN cin_plan_dates n ON n.child_seq = d.child_seq AND n.cin_seq = d.cin_seq
    WHERE lower(d.referralnfa) IN ('1', 'true')
)
SELECT 'CINplanDates' AS tbl, row_no, 'CINPlanStartDate' AS fields FROM nfa
UNION ALL
SELECT DISTINCT 'CINdetails', details_row, 'ReferralNFA' FROM nfa
