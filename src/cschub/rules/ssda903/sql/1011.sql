-- 1011: This child is recorded as having his/her care transferred to another local authority for
-- the final episode (REC = E3) and therefore should not have the care leaver information completed.
WITH last_ep AS (
  SELECT child, rec
  FROM (SELECT child, rec,
               ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS rn
        FROM episodes WHERE decom IS NOT NULL) x
  WHERE rn = 1
)
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
WHERE o.child IN (SELECT child FROM last_ep WHERE upper(rec) = 'E3')
  AND (o.in_touch IS NOT NULL OR o.activ IS NOT NULL OR o.accom IS NOT NULL)
