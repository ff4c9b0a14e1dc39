-- 581: Child is missing but has not yet started to be looked after.
-- A missing period of a child with episodes that starts within none of the child's episodes.
SELECT 'Missing' AS tbl, x.row_no
FROM missing x
WHERE x.mis_start IS NOT NULL
  AND EXISTS (SELECT 1 FROM episodes e WHERE e.child = x.child)
  AND NOT EXISTS (SELECT 1 FROM episodes e
                  WHERE e.child = x.child AND e.decom <= x.mis_start
                    AND (e.dec IS NULL OR x.mis_start <= e.dec))
