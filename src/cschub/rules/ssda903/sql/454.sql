-- 454: Placement distance from home is over 350 miles (straight line between the ONS grid
-- references of HOME_POST and PL_POST, in miles as the DfE guidance computes it).
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN postcodes h ON upper(replace(h.pcd, ' ', '')) = upper(replace(e.home_post, ' ', ''))
JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
WHERE (CAST(h.oseast1m AS DOUBLE PRECISION) - CAST(p.oseast1m AS DOUBLE PRECISION))
      * (CAST(h.oseast1m AS DOUBLE PRECISION) - CAST(p.oseast1m AS DOUBLE PRECISION))
    + (CAST(h.osnrth1m AS DOUBLE PRECISION) - CAST(p.osnrth1m AS DOUBLE PRECISION))
      * (CAST(h.osnrth1m AS DOUBLE PRECISION) - CAST(p.osnrth1m AS DOUBLE PRECISION))
    > CAST(350.05 * 1609.3 AS DOUBLE PRECISION) * CAST(350.05 * 1609.3 AS DOUBLE PRECISION)
