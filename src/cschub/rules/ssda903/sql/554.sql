-- 554: Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted.
-- The child's first episode with legal status E1 (placement order) must not start before a
-- DATE_PLACED of the child: the episode and the PlacedAdoption row.
WITH ep AS (
  SELECT row_no, child, decom,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS rn
  FROM episodes
  WHERE upper(ls) = 'E1' AND decom IS NOT NULL AND child IS NOT NULL
),
bad AS (
  SELECT e.row_no AS e_row, p.row_no AS p_row
  FROM ep e JOIN placed_adoption p ON p.child = e.child
  WHERE e.rn = 1 AND p.date_placed > e.decom
)
SELECT 'Episodes' AS tbl, e_row AS row_no FROM bad
UNION ALL
SELECT 'PlacedAdoption' AS tbl, p_row AS row_no FROM bad
