-- 1002: This child has no previous episodes of care (this year or last year), therefore should not
-- have care leaver information recorded.
-- needs: previous
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = o.child)
  AND NOT EXISTS (SELECT 1 FROM episodes_last l WHERE l.child = o.child)
