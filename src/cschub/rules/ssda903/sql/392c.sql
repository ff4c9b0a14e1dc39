-- 392c: Postcode(s) provided are invalid (not in the ONS postcode directory).
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE (e.home_post IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM postcodes p
                       WHERE upper(replace(p.pcd, ' ', '')) = upper(replace(e.home_post, ' ', ''))))
   OR (e.pl_post IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM postcodes p
                       WHERE upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))))
