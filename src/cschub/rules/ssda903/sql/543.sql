-- 543: Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.
SELECT 'OC2' AS tbl, o.row_no
FROM oc2 o, meta m
WHERE o.convicted IS NULL AND o.dob IS NOT NULL AND age_years(o.dob, m.collection_end) >= 10
  AND o.child IN (SELECT child FROM cla_12_months)
