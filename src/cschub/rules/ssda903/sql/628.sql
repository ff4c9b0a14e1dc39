-- 628: Motherhood details are not required for care leavers who have not been looked after during the year.
-- A header row with MOTHER completed for a child with no episodes who has care leaver information
-- (IN_TOUCH, ACTIV or ACCOM) in OC3.
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE h.mother IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = h.child)
  AND EXISTS (SELECT 1 FROM oc3 o
              WHERE o.child = h.child
                AND (o.in_touch IS NOT NULL OR o.activ IS NOT NULL OR o.accom IS NOT NULL))
