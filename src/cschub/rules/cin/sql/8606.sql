-- 8606: Child referral date is more than 40 weeks (280 days) before the date of birth or the
-- expected date of birth. Flags the referral and the child's identifiers.
WITH early AS (
    SELECT d.row_no AS details_row, c.row_no AS child_row
    FROM cin_details d
    JOIN child_identifiers c ON c.child_seq = d.child_seq
    WHERE d.cinreferraldate < c.personbirthdate - 280
       OR d.cinreferraldate < c.expectedpersonbirthdate - 280
)
SELECT 'CINdetails' AS tbl, details_row AS row_no FROM early
UNION
SELECT 'ChildIdentifiers', child_row FROM early
