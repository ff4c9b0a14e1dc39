-- 8630: CIN Closure Date is before CIN Referral Date for the same CIN episode.
SELECT 'CINdetails' AS tbl, row_no
FROM cin_details
WHERE cinclosuredate < cinreferraldate
