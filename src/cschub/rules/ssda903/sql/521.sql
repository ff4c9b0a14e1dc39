-- 521: Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.
-- An adoption placement (A3-A6) starting before the AD1 DATE_INT of the child: both rows.
WITH bad AS (
  SELECT e.row_no AS e_row, a.row_no AS a_row
  FROM episodes e
  JOIN ad1 a ON a.child = e.child
  WHERE upper(e.place) IN ('A3', 'A4', 'A5', 'A6') AND a.date_int > e.decom
)
SELECT 'Episodes' AS tbl, e_row AS row_no FROM bad
UNION ALL
SELECT 'AD1' AS tbl, a_row AS row_no FROM bad
