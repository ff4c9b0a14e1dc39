-- 420: LA of placement completed but child is looked after under legal status V3 or V4.
-- The LA of placement is worked out from PL_POST: a V3/V4 episode whose placement postcode is
-- in the ONS postcode directory has an LA of placement.
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
WHERE upper(e.ls) IN ('V3', 'V4') AND p.laua IS NOT NULL
