-- 579: A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.
WITH o AS (
  SELECT row_no, date_placed,
         LAG(date_placed_ceased) OVER w AS prev_ceased,
         LAG(row_no) OVER w AS prev_row
  FROM placed_adoption
  WHERE child IS NOT NULL
  WINDOW w AS (PARTITION BY child ORDER BY date_placed, row_no)
)
SELECT 'PlacedAdoption' AS tbl, row_no
FROM o
WHERE prev_row IS NOT NULL AND (prev_ceased IS NULL OR date_placed < prev_ceased)
