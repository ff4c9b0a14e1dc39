-- 8600: Child referral date missing (or not a valid date) or after data collection period.
SELECT 'CINdetails' AS tbl, d.row_no
FROM cin_details d
CROSS JOIN meta m
WHERE d.cinreferraldate IS NULL
   OR d.cinreferraldate > m.collection_end
