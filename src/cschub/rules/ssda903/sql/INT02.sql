-- INT02: Internal Check: Child in PlacedAdoption does not exist in Header.
SELECT 'PlacedAdoption' AS tbl, f.row_no
FROM placed_adoption f
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = f.child)
