-- 1010: This child has no episodes loaded for current year even though there was an open episode of
-- care at the end of the previous year, and care leaver data has been entered.
-- needs: previous
-- One pass over OC3 and both years' episodes, by child (no joins).
WITH t AS (
  SELECT 0 AS src, row_no, child, CAST(NULL AS DATE) AS decom, '' AS dec_raw FROM oc3
  UNION ALL
  SELECT 1 AS src, row_no, child, decom, '' AS dec_raw FROM episodes
  UNION ALL
  SELECT 2 AS src, row_no, child, decom, trim(COALESCE(dec_raw, '')) AS dec_raw
  FROM episodes_last WHERE decom IS NOT NULL
),
r AS (
  SELECT t.*, ROW_NUMBER() OVER (PARTITION BY child, src ORDER BY decom DESC, row_no DESC) AS rn
  FROM t WHERE child IS NOT NULL
),
w AS (
  SELECT r.*,
         MAX(CASE WHEN src = 1 THEN 1 ELSE 0 END) OVER (PARTITION BY child) AS has_current,
         MAX(CASE WHEN src = 2 AND rn = 1 AND dec_raw = '' THEN 1 ELSE 0 END)
           OVER (PARTITION BY child) AS open_last
  FROM r
)
SELECT 'OC3' AS tbl, row_no
FROM w
WHERE src = 0 AND has_current = 0 AND open_last = 1
