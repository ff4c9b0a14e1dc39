-- 561: Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.
-- needs: previous
SELECT DISTINCT 'PlacedAdoption' AS tbl, p.row_no
FROM placed_adoption p
JOIN placed_adoption_last l ON l.child = p.child AND l.date_placed = p.date_placed
WHERE l.reason_placed_ceased IS NOT NULL OR l.date_placed_ceased IS NOT NULL
   OR trim(COALESCE(l.date_placed_ceased_raw, '')) <> ''
