-- 1016: Care leaver information is not required for 17- or 18-year olds who cease to be looked
-- after, after their birthday (aged 17 at 31 March and an episode ended on or after the 17th
-- birthday; or aged 18 and an episode ended on or after the 18th birthday).
WITH kids AS (
  SELECT o.row_no, o.child,
         CASE WHEN age_years(o.dob, m.collection_end) = 17
              THEN CAST(o.dob + INTERVAL '17 years' AS DATE)
              ELSE CAST(o.dob + INTERVAL '18 years' AS DATE) END AS bday
  FROM oc3 o CROSS JOIN meta m
  WHERE age_years(o.dob, m.collection_end) IN (17, 18)
    AND (o.in_touch IS NOT NULL OR o.activ IS NOT NULL OR o.accom IS NOT NULL)
)
SELECT 'OC3' AS tbl, k.row_no
FROM kids k
WHERE EXISTS (SELECT 1 FROM episodes e WHERE e.child = k.child AND e.dec >= k.bday)
