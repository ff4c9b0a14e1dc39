-- 1000: This child is recorded as having died in care (REC = E2, this year or last year) and
-- therefore should not have the care leaver information completed.
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
WHERE o.child IN (SELECT child FROM episodes WHERE upper(rec) = 'E2'
                  UNION ALL
                  SELECT child FROM episodes_last WHERE upper(rec) = 'E2')
