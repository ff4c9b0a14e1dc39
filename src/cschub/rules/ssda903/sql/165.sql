-- 165: Data entry for mother status is invalid. MOTHER, when given, must be a valid code (0 or 1)
-- and the child must not be male. When it is not given the child must be male, or be a care
-- leaver only: no episode open during the collection year, with care leaver information
-- (IN_TOUCH, ACTIV or ACCOM) in OC3. So a female child with a blank MOTHER is flagged when she
-- was looked after in the year or has no care leaver information. The Header row is flagged, and
-- the child's OC3 row when the blank MOTHER is the fault.
WITH in_year AS (
    SELECT DISTINCT e.child
    FROM episodes e CROSS JOIN meta m
    WHERE e.child IS NOT NULL AND e.decom IS NOT NULL AND e.decom <= m.collection_end
      AND (e.dec IS NULL OR e.dec >= m.collection_start)
),
leaver AS (
    SELECT DISTINCT child FROM oc3
    WHERE child IS NOT NULL AND (in_touch IS NOT NULL OR activ IS NOT NULL OR accom IS NOT NULL)
),
bad AS (
    SELECT h.row_no, h.child,
           CASE WHEN h.mother IS NULL THEN 1 ELSE 0 END AS blank
    FROM header h
    LEFT JOIN in_year y ON y.child = h.child
    LEFT JOIN leaver l ON l.child = h.child
    WHERE (h.mother IS NOT NULL
           AND h.mother NOT IN (SELECT code FROM codes WHERE code_set = 'MOTHER'))
       OR (h.mother IS NOT NULL AND upper(h.sex) IN ('1', 'M'))
       OR (h.mother IS NULL AND upper(h.sex) IN ('2', 'F')
           AND (y.child IS NOT NULL OR l.child IS NULL))
)
SELECT 'Header' AS tbl, row_no FROM bad
UNION
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
WHERE EXISTS (SELECT 1 FROM bad b WHERE b.blank = 1 AND b.child = o.child)
