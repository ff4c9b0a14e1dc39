-- 542: A child aged under 10 at 31 March should not have conviction information completed.
SELECT 'OC2' AS tbl, o.row_no
FROM oc2 o, meta m
WHERE o.convicted IS NOT NULL AND o.dob IS NOT NULL AND age_years(o.dob, m.collection_end) < 10
