-- 180: Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid (a whole number from 0 to 40).
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE trim(COALESCE(sdq_score_raw, '')) <> '' AND (sdq_score IS NULL OR sdq_score NOT BETWEEN 0 AND 40)
