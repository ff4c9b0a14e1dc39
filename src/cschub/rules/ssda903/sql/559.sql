-- 559: Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.
-- needs: previous
SELECT 'PlacedAdoption' AS tbl, p.row_no
FROM placed_adoption p, meta m
WHERE p.date_placed < m.collection_start
  AND NOT EXISTS (SELECT 1 FROM placed_adoption_last l
                  WHERE l.child = p.child AND l.date_placed IS NOT NULL)
