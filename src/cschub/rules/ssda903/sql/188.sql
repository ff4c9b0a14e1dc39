-- 188: Child is aged under 4 years at the end of the year, but a Strengths and Difficulties
-- (SDQ) score or a reason for no SDQ score has been completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2 CROSS JOIN meta
WHERE age_years(dob, meta.collection_end) < 4
  AND (trim(COALESCE(sdq_score_raw, '')) <> '' OR sdq_reason IS NOT NULL)
