-- 558: If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.
-- An episode ending in adoption (E11, E12) for a child whose latest decision to place for adoption
-- (PlacedAdoption row with the latest DATE_PLACED) has a DATE_PLACED_CEASED.
WITH pa AS (
  SELECT child, date_placed_ceased, date_placed_ceased_raw,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY date_placed DESC, row_no DESC) AS rn
  FROM placed_adoption
  WHERE child IS NOT NULL
)
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN pa p ON p.child = e.child AND p.rn = 1
WHERE upper(e.rec) IN ('E11', 'E12')
  AND (p.date_placed_ceased IS NOT NULL OR trim(COALESCE(p.date_placed_ceased_raw, '')) <> '')
