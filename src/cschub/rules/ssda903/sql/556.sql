-- 556: Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted.
-- An episode with legal status D1 (freed for adoption) starting before a DATE_PLACED of the child.
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN placed_adoption p ON p.child = e.child
WHERE upper(e.ls) = 'D1' AND p.date_placed > e.decom
