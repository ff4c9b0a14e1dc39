-- 545: Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.
SELECT 'OC2' AS tbl, o.row_no
FROM oc2 o, meta m
WHERE o.health_check IS NULL AND o.dob IS NOT NULL AND age_years(o.dob, m.collection_end) < 5
  AND o.child IN (SELECT child FROM cla_12_months)
