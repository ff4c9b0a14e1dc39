-- 8816: An open CIN episode is shown and the case is not a referral with no further action,
-- but it is not the latest episode (by referral date).
SELECT 'CINdetails' AS tbl, d.row_no
FROM cin_details d
JOIN (SELECT child_seq, max(cinreferraldate) AS latest FROM cin_details GROUP BY child_seq) l
  ON l.child_seq = d.child_seq
WHERE d.cinclosuredate IS NULL
  AND coalesce(lower(trim(d.referralnfa)), '') NOT IN ('true', '1')
  AND d.cinreferraldate < l.latest
