-- 8866: Source of Referral is missing or an invalid code.
SELECT 'CINdetails' AS tbl, row_no FROM cin_details
WHERE referralsource IS NULL
   OR upper(referralsource) NOT IN (SELECT code FROM codes WHERE code_set = 'ReferralSource')
