-- 1014: UASC information is not required for care leavers: a child with care leaver (OC3)
-- information and no episode open during the collection year must not have UASC information.
WITH leavers AS (
  SELECT o.child FROM oc3 o
  WHERE (o.in_touch IS NOT NULL OR o.activ IS NOT NULL OR o.accom IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM episodes e CROSS JOIN meta m
                    WHERE e.child = o.child AND e.decom <= m.collection_end
                      AND (e.dec IS NULL OR e.dec >= m.collection_start))
),
flagged AS (
  SELECT child FROM uasc WHERE child IN (SELECT child FROM leavers)
)
SELECT 'UASC' AS tbl, row_no FROM uasc WHERE child IN (SELECT child FROM flagged)
UNION ALL
SELECT 'OC3' AS tbl, row_no FROM oc3
WHERE child IN (SELECT child FROM flagged)
  AND (in_touch IS NOT NULL OR activ IS NOT NULL OR accom IS NOT NULL)
