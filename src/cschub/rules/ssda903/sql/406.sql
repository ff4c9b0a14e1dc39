-- 406: Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank.
-- A child in the UASC table this year or last year with an episode whose placement distance can
-- be worked out (both HOME_POST and PL_POST found in the ONS postcode directory).
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN postcodes h ON upper(replace(h.pcd, ' ', '')) = upper(replace(e.home_post, ' ', ''))
JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
WHERE h.oseast1m IS NOT NULL AND h.osnrth1m IS NOT NULL
  AND p.oseast1m IS NOT NULL AND p.osnrth1m IS NOT NULL
  AND (EXISTS (SELECT 1 FROM uasc u WHERE u.child = e.child)
       OR EXISTS (SELECT 1 FROM uasc_last u WHERE u.child = e.child))
