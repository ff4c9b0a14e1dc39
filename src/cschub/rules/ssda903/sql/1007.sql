-- 1007: Care leaver information is not required for 17- or 18-year olds who are still looked after
-- on their 17th or 18th birthday (the birthday falling in this collection year).
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
WHERE EXISTS (SELECT 1 FROM episodes e
              WHERE e.child = k.child AND e.decom <= k.bday
                AND (e.dec IS NULL OR e.dec > k.bday))
