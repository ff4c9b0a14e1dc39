-- 1015 (2025-26 on): Placement provider is own provision (PR1) but child not placed in own
-- LA (local authority district of the placement postcode). Adoption and fostering placements
-- (A3-A6, U1-U6), supported accommodation (K3) and V3/V4 episodes are not checked. A county council's own districts cannot be
-- told apart from other districts without a district-to-county lookup, so a county's placements in
-- English non-unitary districts are not flagged; an unknown placement postcode is left to 392c.
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
CROSS JOIN meta m
WHERE upper(e.place_provider) = 'PR1'
  AND e.ls IS NOT NULL AND e.place IS NOT NULL
  AND upper(e.ls) NOT IN ('V3', 'V4')
  AND upper(e.place) NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'K3')
  AND p.laua IS NOT NULL AND p.laua <> m.la_code
  AND NOT (m.la_code LIKE 'E10%' AND p.laua LIKE 'E07%')
