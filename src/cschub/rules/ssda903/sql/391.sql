-- 391: Young person was not 17, 18, 19, 20 or 21 during the current collection year.
-- Care leaver information (IN_TOUCH, ACTIV, ACCOM) for a young person under 17 at 31 March.
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o, meta m
WHERE o.dob IS NOT NULL AND age_years(o.dob, m.collection_end) < 17
  AND (o.in_touch IS NOT NULL OR o.activ IS NOT NULL OR o.accom IS NOT NULL)
