-- 552: Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.
-- The child's first adoption placement (A3-A6) must not start before the latest decision to place
-- (DATE_PLACED): the episode and the PlacedAdoption row.
WITH ep AS (
  SELECT row_no, child, decom,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS rn
  FROM episodes
  WHERE upper(place) IN ('A3', 'A4', 'A5', 'A6') AND decom IS NOT NULL AND child IS NOT NULL
),
pa AS (
  SELECT row_no, child, date_placed,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY date_placed DESC, row_no) AS rn
  FROM placed_adoption
  WHERE date_placed IS NOT NULL AND child IS NOT NULL
),
bad AS (
  SELECT e.row_no AS e_row, p.row_no AS p_row
  FROM ep e JOIN pa p ON p.child = e.child AND p.rn = 1
  WHERE e.rn = 1 AND e.decom < p.date_placed
)
SELECT 'Episodes' AS tbl, e_row AS row_no FROM bad
UNION ALL
SELECT 'PlacedAdoption' AS tbl, p_row AS row_no FROM bad
