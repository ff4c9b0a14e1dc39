-- 8568: RNFA flag is missing or invalid (must be 1, 0, true or false).
SELECT 'CINdetails' AS tbl, row_no
FROM cin_details
WHERE referralnfa IS NULL
   OR upper(referralnfa) NOT IN (SELECT upper(code) FROM codes WHERE code_set = 'YesNo')
