-- 523: Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).
WITH bad AS (
  SELECT p.row_no AS p_row, a.row_no AS a_row
  FROM placed_adoption p
  JOIN ad1 a ON a.child = p.child
  WHERE p.date_placed IS NOT NULL AND a.date_int IS NOT NULL AND p.date_placed <> a.date_int
)
SELECT 'PlacedAdoption' AS tbl, p_row AS row_no FROM bad
UNION ALL
SELECT 'AD1' AS tbl, a_row AS row_no FROM bad
