-- 221 (2022-23): The Ofsted URN provided for the child's placement does not match the placement
-- postcode provided: for a URN other than XXXXXXX that is in the Ofsted provider lists with a
-- postcode, an episode with legal status other than V3/V4, placement K1, K2, R3 or S1 and a
-- placement postcode must have the provider's postcode (compared without spaces or case). A URN
-- not in the lists is left to rule 1008.
-- needs: providers
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE e.urn IS NOT NULL AND upper(e.urn) <> 'XXXXXXX'
  AND COALESCE(upper(e.ls), '') NOT IN ('V3', 'V4')
  AND upper(e.place) IN ('K1', 'K2', 'R3', 'S1')
  AND e.pl_post IS NOT NULL
  AND EXISTS (SELECT 1 FROM providers p WHERE trim(p.urn) = e.urn AND p.postcode IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM providers p
                  WHERE trim(p.urn) = e.urn
                    AND upper(replace(p.postcode, ' ', '')) = upper(replace(e.pl_post, ' ', '')))
