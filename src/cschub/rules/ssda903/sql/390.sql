-- 390: Reason episode ceased is adopted but child has not been previously placed for adoption.
-- An episode ending in adoption (E11, E12) must be an adoption placement (A3-A6).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(rec) IN ('E11', 'E12')
  AND (place IS NULL OR upper(place) NOT IN ('A3', 'A4', 'A5', 'A6'))
