-- 560: Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.
-- Last year's open decision (DATE_PLACED given, no DATE_PLACED_CEASED) must be carried into this
-- year's return with the same DATE_PLACED: when no row of the child has that date, the child's
-- PlacedAdoption rows are flagged.
-- needs: previous
SELECT DISTINCT 'PlacedAdoption' AS tbl, p.row_no
FROM placed_adoption p
JOIN placed_adoption_last l ON l.child = p.child
WHERE l.date_placed IS NOT NULL AND l.date_placed_ceased IS NULL
  AND trim(COALESCE(l.date_placed_ceased_raw, '')) = ''
  AND NOT EXISTS (SELECT 1 FROM placed_adoption q
                  WHERE q.child = l.child AND q.date_placed = l.date_placed)
