-- 555: Freeing order has been granted but there is no date of decision that the child should be placed for adoption.
-- An episode with legal status D1 for a child with no PlacedAdoption row; and, while a D1 episode
-- is still open, a PlacedAdoption row of the child showing the decision has ceased
-- (DATE_PLACED_CEASED or REASON_PLACED_CEASED given).
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE upper(e.ls) = 'D1'
  AND NOT EXISTS (SELECT 1 FROM placed_adoption p WHERE p.child = e.child)
UNION ALL
SELECT DISTINCT 'PlacedAdoption' AS tbl, p.row_no
FROM placed_adoption p
JOIN episodes e ON e.child = p.child
WHERE upper(e.ls) = 'D1' AND e.dec IS NULL AND trim(COALESCE(e.dec_raw, '')) = ''
  AND (p.reason_placed_ceased IS NOT NULL OR p.date_placed_ceased IS NOT NULL
       OR trim(COALESCE(p.date_placed_ceased_raw, '')) <> '')
