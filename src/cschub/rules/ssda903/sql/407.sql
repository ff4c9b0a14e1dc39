-- 407: Reason episode ceased is Special Guardianship Order, but child has reached age 18.
-- An episode ending with a special guardianship order (E45-E48) on or after the 18th birthday:
-- the episode and the child's header row.
WITH bad AS (
  SELECT e.row_no AS e_row, h.row_no AS h_row
  FROM episodes e
  JOIN header h ON h.child = e.child
  WHERE upper(e.rec) IN ('E45', 'E46', 'E47', 'E48') AND e.dec IS NOT NULL AND h.dob IS NOT NULL
    AND age_years(h.dob, e.dec) >= 18
)
SELECT 'Episodes' AS tbl, e_row AS row_no FROM bad
UNION ALL
SELECT 'Header' AS tbl, h_row AS row_no FROM bad
