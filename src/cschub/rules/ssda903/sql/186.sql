-- 186: Children aged 4 or over at the start of the year and under 17 at the end of the year,
-- looked after for at least 12 months, should have an SDQ score or a reason for none.
SELECT 'OC2' AS tbl, row_no
FROM oc2 CROSS JOIN meta
WHERE child IN (SELECT child FROM cla_12_months)
  AND CAST(dob + INTERVAL '4 years' AS DATE) <= meta.collection_start
  AND CAST(dob + INTERVAL '17 years' AS DATE) > meta.collection_end
  AND trim(COALESCE(sdq_score_raw, '')) = '' AND sdq_reason IS NULL
