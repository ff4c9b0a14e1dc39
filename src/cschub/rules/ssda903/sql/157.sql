-- 157: A child looked after for 12 months, aged 4 or over at the start of the year and 16 or
-- under at its end, has no SDQ score with the reason SDQ1 (no form returned because the child
-- was aged under 4 or over 16).
SELECT 'OC2' AS tbl, row_no
FROM oc2 CROSS JOIN meta
WHERE child IN (SELECT child FROM cla_12_months)
  AND CAST(dob + INTERVAL '4 years' AS DATE) <= meta.collection_start
  AND CAST(dob + INTERVAL '16 years' AS DATE) >= meta.collection_end
  AND trim(COALESCE(sdq_score_raw, '')) = ''
  AND upper(sdq_reason) = 'SDQ1'
