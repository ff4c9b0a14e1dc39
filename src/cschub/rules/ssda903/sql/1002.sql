-- 1002: This child has no previous episodes of care (this year or last year), therefore should not
-- have care leaver information recorded.
-- needs: previous
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
LEFT JOIN (SELECT child FROM episodes UNION SELECT child FROM episodes_last) k ON k.child = o.child
WHERE k.child IS NULL
