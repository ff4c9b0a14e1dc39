-- 576: There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.
-- The child's first missing period this year must start when last year's open period started.
-- needs: previous
WITH f AS (
  SELECT row_no, child, mis_start,
         ROW_NUMBER() OVER (PARTITION BY child
                            ORDER BY CASE WHEN mis_start IS NULL THEN 1 ELSE 0 END,
                                     mis_start, row_no) AS rn
  FROM missing
  WHERE child IS NOT NULL
)
SELECT DISTINCT 'Missing' AS tbl, f.row_no
FROM f
JOIN missing_last l ON l.child = f.child
WHERE f.rn = 1 AND trim(COALESCE(l.mis_end_raw, '')) = '' AND l.mis_start IS NOT NULL
  AND (f.mis_start IS NULL OR f.mis_start <> l.mis_start)
