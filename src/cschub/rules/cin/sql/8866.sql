-- 8866: Source of Referral is missing or an invalid code. The DfE condition: if CINreferralDate
-- is on or after 1 April 2013, ReferralSource must be present and a valid code (referrals before
-- then, or with no readable date, are not checked).
SELECT 'CINdetails' AS tbl, row_no FROM cin_details
WHERE cinreferraldate >= DATE '2013-04-01'
  AND (referralsource IS NULL
       OR upper(referralsource) NOT IN (SELECT code FROM codes WHERE code_set = 'ReferralSource'))
