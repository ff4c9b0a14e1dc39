-- 153: All data items relating to a child's activity or accommodation after leaving care must
-- be coded or left blank.
SELECT 'OC3' AS tbl, row_no
FROM oc3
WHERE (CASE WHEN in_touch IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN activ IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN accom IS NOT NULL THEN 1 ELSE 0 END) IN (1, 2)
