-- 243: Only placements with providers registered with Ofsted should have a URN reported: a
-- placement outside England (placement postcode in Wales, Scotland, Northern Ireland, the Channel
-- Islands or the Isle of Man) must not have a URN.
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
WHERE e.urn IS NOT NULL AND upper(e.urn) <> 'XXXXXXX'
  AND upper(substr(p.laua, 1, 1)) <> 'E'
