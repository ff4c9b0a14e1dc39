-- 546: Children aged 5 or over at 31 March should not have health promotion information completed.
-- Checked, as the DfE specification does, for children looked after continuously for 12 months.
SELECT 'OC2' AS tbl, o.row_no
FROM oc2 o, meta m
WHERE o.health_check IS NOT NULL AND o.dob IS NOT NULL AND age_years(o.dob, m.collection_end) >= 5
  AND o.child IN (SELECT child FROM cla_12_months)
