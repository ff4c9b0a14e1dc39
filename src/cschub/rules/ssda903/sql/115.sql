-- 115: Date of LA's decision that a child should be placed for adoption is not a valid date.
SELECT 'PlacedAdoption' AS tbl, row_no
FROM placed_adoption
WHERE date_placed IS NULL AND trim(date_placed_raw) <> ''
