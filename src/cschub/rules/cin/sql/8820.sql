-- 8820: The dates on the CIN episodes for this child overlap (an episode starts on or after
-- another's referral and before its closure, or while it is still open and not a referral
-- with no further action).
WITH overlap AS (
    SELECT a.row_no AS a_row, b.row_no AS b_row
    FROM cin_details a
    JOIN cin_details b ON b.child_seq = a.child_seq AND b.row_no <> a.row_no
    WHERE a.cinreferraldate >= b.cinreferraldate
      AND (a.cinreferraldate > b.cinreferraldate OR a.row_no > b.row_no)
      AND ((b.cinclosuredate IS NOT NULL AND a.cinreferraldate < b.cinclosuredate)
           OR (b.cinclosuredate IS NULL
               AND coalesce(lower(trim(b.referralnfa)), '') NOT IN ('true', '1')))
)
SELECT 'CINdetails' AS tbl, a_row AS row_no FROM overlap
UNION ALL
SELECT 'CINdetails', b_row FROM overlap
