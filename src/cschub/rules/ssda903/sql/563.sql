-- 563: The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank
SELECT 'PlacedAdoption' AS tbl, row_no
FROM placed_adoption
WHERE reason_placed_ceased IS NOT NULL AND date_placed_ceased IS NOT NULL AND trim(COALESCE(date_placed_raw, '')) = ''
