-- 1010: This child has no episodes loaded for current year even though there was an open episode of
-- care at the end of the previous year, and care leaver data has been entered.
-- needs: previous
WITH last_ep AS (
  SELECT child, dec
  FROM (SELECT child, dec,
               ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS rn
        FROM episodes_last WHERE decom IS NOT NULL) x
  WHERE rn = 1
)
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
WHERE o.child IN (SELECT child FROM last_ep WHERE dec IS NULL)
  AND NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = o.child)
