-- 1104: The date of the initial child protection conference cannot be before the referral date.
WITH early AS (
    SELECT s.row_no AS s47_row, d.row_no AS details_row
    FROM section47 s
    JOIN cin_details d ON d.child_seq = s.child_seq AND d.cin_seq = s.cin_seq
    WHERE s.dateofinitialcpc < d.cinreferraldate
)
SELECT 'Section47' AS tbl, s47_row AS row_no FROM early
UNION ALL
SELECT 'CINdetails', details_row FROM early
