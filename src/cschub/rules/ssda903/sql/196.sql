-- 196: Strengths and Difficulties (SDQ) reason is not a valid code.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE sdq_reason IS NOT NULL AND upper(sdq_reason) NOT IN (SELECT code FROM codes WHERE code_set = 'SDQ_REASON')
