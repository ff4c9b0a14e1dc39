-- 1012: No other data should be returned for OC3 children who had no episodes in the current year
-- (rows of PlacedAdoption, Missing, Reviews, AD1, PrevPerm and OC2 for a child without episodes).
SELECT 'PlacedAdoption' AS tbl, row_no FROM placed_adoption t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = t.child)
UNION ALL
SELECT 'Missing' AS tbl, row_no FROM missing t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = t.child)
UNION ALL
SELECT 'Reviews' AS tbl, row_no FROM reviews t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = t.child)
UNION ALL
SELECT 'AD1' AS tbl, row_no FROM ad1 t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = t.child)
UNION ALL
SELECT 'PrevPerm' AS tbl, row_no FROM prev_perm t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = t.child)
UNION ALL
SELECT 'OC2' AS tbl, row_no FROM oc2 t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = t.child)
