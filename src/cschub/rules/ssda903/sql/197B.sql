-- 197B: SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds (the 4th or 17th
-- birthday falls in the collection year) who were continuously looked after during the year.
-- Continuously looked after: the cla_12_months table (see context.py).
SELECT 'OC2' AS tbl, o.row_no
FROM oc2 o CROSS JOIN meta m
WHERE ((CAST(o.dob + INTERVAL '4 years' AS DATE) BETWEEN m.collection_start AND m.collection_end)
    OR (CAST(o.dob + INTERVAL '17 years' AS DATE) BETWEEN m.collection_start AND m.collection_end))
  AND o.sdq_score IS NULL AND trim(COALESCE(o.sdq_score_raw, '')) = '' AND o.sdq_reason IS NULL
  AND o.child IN (SELECT child FROM cla_12_months)
