-- 347: Care leavers aged under 18 years (at the start of the collection year) can not be
-- accommodated in a Foyer (ACCOM T1 or T2).
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o CROSS JOIN meta m
WHERE upper(o.accom) IN ('T1', 'T2')
  AND age_years(o.dob, m.collection_start) < 18
