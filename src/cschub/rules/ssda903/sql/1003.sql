-- 1003: Date of LA's decision that a child should be placed for adoption is before the child
-- started to be looked after (DECOM of the child's first episode with RNE = S).
WITH first_s AS (
  SELECT child, row_no, decom
  FROM (SELECT child, row_no, decom,
               ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS rn
        FROM episodes WHERE upper(rne) = 'S' AND decom IS NOT NULL) x
  WHERE rn = 1
),
bad AS (
  SELECT f.row_no AS ep_row, p.row_no AS pa_row
  FROM first_s f JOIN placed_adoption p ON p.child = f.child
  WHERE p.date_placed < f.decom
)
SELECT 'Episodes' AS tbl, ep_row AS row_no FROM bad
UNION ALL
SELECT 'PlacedAdoption' AS tbl, pa_row AS row_no FROM bad
