-- 8569Q: A case with referral date before one working day prior to the collection start date
-- must not be flagged as a no further action case. A referral dated before the last working day
-- before 1 April (England and Wales: weekends and bank holidays excluded) is queried when its
-- ReferralNFA is true or 1.
-- severity: query
SELECT 'CINdetails' AS tbl, c.row_no
FROM cin_details c
JOIN (SELECT working_day_before(collection_start, 1) AS day FROM meta) w
  ON c.cinreferraldate < w.day
WHERE lower(c.referralnfa) IN ('true', '1')
