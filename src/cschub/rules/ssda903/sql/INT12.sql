-- INT12: Internal Check: DOB in PlacedAdoption is different to DOB in Header.
SELECT 'PlacedAdoption' AS tbl, f.row_no
FROM placed_adoption f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
