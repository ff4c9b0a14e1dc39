-- 348: Care leaver has previously been reported as having died (IN_TOUCH = DIED last year) but is
-- not reported as died this year.
-- needs: previous
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
WHERE upper(COALESCE(o.in_touch, '')) <> 'DIED'
  AND EXISTS (SELECT 1 FROM oc3_last l WHERE l.child = o.child AND upper(l.in_touch) = 'DIED')
