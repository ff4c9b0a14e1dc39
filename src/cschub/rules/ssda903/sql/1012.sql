-- 1012: No other data should be returned for OC3 children who had no episodes in the current year
-- (rows of PlacedAdoption, Missing, Reviews, AD1, PrevPerm and OC2 for a child without episodes).
WITH t AS (  -- one look-up of the episodes' children for all six tables
  SELECT 'PlacedAdoption' AS tbl, row_no, child FROM placed_adoption
  UNION ALL
  SELECT 'Missing' AS tbl, row_no, child FROM missing
  UNION ALL
  SELECT 'Reviews' AS tbl, row_no, child FROM reviews
  UNION ALL
  SELECT 'AD1' AS tbl, row_no, child FROM ad1
  UNION ALL
  SELECT 'PrevPerm' AS tbl, row_no, child FROM prev_perm
  UNION ALL
  SELECT 'OC2' AS tbl, row_no, child FROM oc2
)
SELECT tbl, row_no FROM t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = t.child)
