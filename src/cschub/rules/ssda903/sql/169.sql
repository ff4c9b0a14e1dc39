-- 169: Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode
-- has been entered. The LA of placement is worked out from PL_POST in the ONS postcode directory;
-- for an episode whose legal status is not V3 or V4 it is missing when PL_POST is blank or is not
-- in the directory with a local authority district.
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE COALESCE(upper(e.ls), '') NOT IN ('V3', 'V4')
  AND NOT EXISTS (SELECT 1 FROM postcodes p
                  WHERE upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
                    AND p.laua IS NOT NULL)
