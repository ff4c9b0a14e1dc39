-- 8610: Primary Need code is missing for a referral which led to further action
-- (ReferralNFA false or 0).
SELECT 'CINdetails' AS tbl, row_no
FROM cin_details
WHERE lower(referralnfa) IN ('false', '0')
  AND primaryneedcode IS NULL
