-- 132: Data entry for activity after leaving care is invalid.
SELECT 'OC3' AS tbl, row_no
FROM oc3
WHERE activ IS NULL OR upper(activ) NOT IN (SELECT code FROM codes WHERE code_set = 'ACTIV')
