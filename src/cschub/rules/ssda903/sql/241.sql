-- 241: LA of placement is not an LA the provider has premises: for a supported accommodation (K3)
-- placement with a URN, the local authority district of the placement postcode must be one where
-- the provider (by URN, in the Ofsted lists) has a registered postcode. Placements whose postcode
-- or provider is not found are left to rules 392c and 1008.
-- needs: postcodes, providers
WITH prov AS (
  SELECT pr.urn, pc.laua
  FROM providers pr
  JOIN postcodes pc ON upper(replace(pc.pcd, ' ', '')) = upper(replace(pr.postcode, ' ', ''))
)
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
WHERE upper(e.place) = 'K3' AND e.urn IS NOT NULL AND upper(e.urn) <> 'XXXXXXX'
  AND EXISTS (SELECT 1 FROM prov WHERE trim(prov.urn) = e.urn)
  AND NOT EXISTS (SELECT 1 FROM prov WHERE trim(prov.urn) = e.urn AND prov.laua = p.laua)
