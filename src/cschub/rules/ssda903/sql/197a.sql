-- 197a: Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and
-- Difficulties Questionnaire score is filled in.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE (sdq_score IS NOT NULL OR trim(COALESCE(sdq_score_raw, '')) <> '')
  AND sdq_reason IS NOT NULL
