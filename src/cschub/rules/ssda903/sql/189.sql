-- 189: Child is aged 17 years or over at the beginning of the year, but an SDQ score or a
-- reason for no SDQ score has been completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2 CROSS JOIN meta
WHERE age_years(dob, meta.collection_start) >= 17
  AND (trim(COALESCE(sdq_score_raw, '')) <> '' OR sdq_reason IS NOT NULL)
