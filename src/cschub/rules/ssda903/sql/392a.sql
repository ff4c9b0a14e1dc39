-- 392a: Child is looked after but no distance is recorded: the distance between home and placement
-- postcodes cannot be worked out (a postcode blank or not in the ONS directory) for an episode that
-- is not V3/V4, of a child not recorded as UASC this year or last year.
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
LEFT JOIN postcodes h ON upper(replace(h.pcd, ' ', '')) = upper(replace(e.home_post, ' ', ''))
LEFT JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
WHERE upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4')
  AND (h.oseast1m IS NULL OR h.osnrth1m IS NULL OR p.oseast1m IS NULL OR p.osnrth1m IS NULL)
  AND NOT EXISTS (SELECT 1 FROM uasc u WHERE u.child = e.child)
  AND NOT EXISTS (SELECT 1 FROM uasc_last u WHERE u.child = e.child)
