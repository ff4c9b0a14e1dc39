-- 454: Placement distance from home is over 350 miles (straight line between the ONS grid
-- references of HOME_POST and PL_POST, in miles as the DfE guidance computes it, to 0.1 mile).
-- needs: postcodes
-- The outer joins and COALESCE keep the planner from pairing every postcode with every other.
WITH located AS (
  SELECT e.row_no,
         CAST(h.oseast1m AS DOUBLE PRECISION) - CAST(p.oseast1m AS DOUBLE PRECISION) AS dx,
         CAST(h.osnrth1m AS DOUBLE PRECISION) - CAST(p.osnrth1m AS DOUBLE PRECISION) AS dy
  FROM episodes e
  LEFT JOIN postcodes h ON upper(replace(h.pcd, ' ', '')) = upper(replace(e.home_post, ' ', ''))
  LEFT JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
  WHERE e.home_post IS NOT NULL AND e.pl_post IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM located
WHERE COALESCE(dx * dx + dy * dy, 0)
      > CAST(350.05 * 1609.3 AS DOUBLE PRECISION) * CAST(350.05 * 1609.3 AS DOUBLE PRECISION)
