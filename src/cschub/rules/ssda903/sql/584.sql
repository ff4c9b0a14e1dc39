-- 584: Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.
-- When last year's decision had ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED given), a
-- decision this year must be a new one: DATE_PLACED given and after last year's DATE_PLACED.
-- needs: previous
SELECT DISTINCT 'PlacedAdoption' AS tbl, p.row_no
FROM placed_adoption p
JOIN placed_adoption_last l ON l.child = p.child
WHERE (l.date_placed_ceased IS NOT NULL OR l.reason_placed_ceased IS NOT NULL
       OR trim(COALESCE(l.date_placed_ceased_raw, '')) <> '')
  AND (p.date_placed IS NULL OR p.date_placed <= l.date_placed)
