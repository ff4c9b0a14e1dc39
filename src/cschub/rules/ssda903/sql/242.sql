-- 242: URN = 'XXXXXXX' can only be used for regional adoption agencies (adoption and fostering
-- placements A3-A6, U1-U6).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(urn) = 'XXXXXXX'
  AND upper(COALESCE(place, '')) NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
