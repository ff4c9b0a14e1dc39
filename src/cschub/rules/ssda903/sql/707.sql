-- 707: Child ceased to be looked after (the child's latest episode has an end date) but there is a
-- DoLO without an end date.
WITH last_ep AS (
  SELECT child, dec
  FROM (SELECT child, dec,
               ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS rn
        FROM episodes WHERE decom IS NOT NULL) x
  WHERE rn = 1
)
SELECT 'DoLo' AS tbl, d.row_no
FROM dolo d
JOIN last_ep e ON e.child = d.child
WHERE e.dec IS NOT NULL
  AND d.dolo_start IS NOT NULL AND trim(COALESCE(d.dolo_end_raw, '')) = ''
