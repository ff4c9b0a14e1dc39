-- 215: Child has care leaver information but one or more data items relating to children
-- looked after for 12 months have been completed.
WITH both_returns AS (
    SELECT o3.row_no AS oc3_row, o2.row_no AS oc2_row
    FROM oc3 o3
    JOIN oc2 o2 ON o2.child = o3.child
    WHERE (o3.in_touch IS NOT NULL OR o3.activ IS NOT NULL OR o3.accom IS NOT NULL)
      AND (o2.convicted IS NOT NULL OR o2.health_check IS NOT NULL
           OR o2.immunisations IS NOT NULL OR o2.teeth_check IS NOT NULL
           OR o2.health_assessment IS NOT NULL OR o2.substance_misuse IS NOT NULL
           OR o2.intervention_received IS NOT NULL OR o2.intervention_offered IS NOT NULL)
)
SELECT 'OC3' AS tbl, oc3_row AS row_no FROM both_returns
UNION ALL
SELECT 'OC2', oc2_row FROM both_returns
