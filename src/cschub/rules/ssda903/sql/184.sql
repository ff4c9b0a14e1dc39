-- 184: Date of decision that a child should be placed for adoption is before the child was born.
SELECT 'PlacedAdoption' AS tbl, p.row_no
FROM placed_adoption p
JOIN header h ON h.child = p.child
WHERE p.date_placed < h.dob
