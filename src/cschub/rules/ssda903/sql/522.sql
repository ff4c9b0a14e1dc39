-- 522: Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.
SELECT 'PlacedAdoption' AS tbl, row_no
FROM placed_adoption
WHERE date_placed_ceased < date_placed
