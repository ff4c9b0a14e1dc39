-- 164: Distance is not valid. Please check a valid postcode has been entered. For a child not
-- UASC (in neither this year's nor, when given, last year's UASC table) and an episode whose legal
-- status is not V3 or V4, the placement distance (miles between HOME_POST and PL_POST from the ONS
-- grid references, to 0.1) must be worked out and lie between 0.0 and 999.9: an episode whose
-- postcodes are missing, not in the postcode directory or without grid references is flagged.
-- needs: postcodes
WITH eps AS (
    SELECT e.row_no, upper(replace(e.home_post, ' ', '')) AS hk,
           upper(replace(e.pl_post, ' ', '')) AS pk
    FROM episodes e
    WHERE COALESCE(upper(e.ls), '') NOT IN ('V3', 'V4')
      AND NOT EXISTS (SELECT 1 FROM uasc u WHERE u.child = e.child)
      AND NOT EXISTS (SELECT 1 FROM uasc_last u WHERE u.child = e.child)
),
pc AS (  -- the directory rows of these postcodes only, read once
    SELECT k, CAST(oseast1m AS DOUBLE PRECISION) AS east, CAST(osnrth1m AS DOUBLE PRECISION) AS north
    FROM (SELECT upper(replace(pcd, ' ', '')) AS k, oseast1m, osnrth1m FROM postcodes) d
    WHERE k IN (SELECT hk FROM eps UNION SELECT pk FROM eps)
),
distances AS (
    SELECT x.row_no,
           CAST(sqrt((h.east - p.east) * (h.east - p.east) + (h.north - p.north) * (h.north - p.north))
                / 1000 / 1.6093 AS NUMERIC(10, 1)) AS miles
    FROM eps x
    LEFT JOIN pc h ON h.k = x.hk
    LEFT JOIN pc p ON p.k = x.pk
)
SELECT DISTINCT 'Episodes' AS tbl, row_no
FROM distances
WHERE miles IS NULL OR miles < 0 OR miles > 999.9
