-- 378: A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) = 'P1' AND upper(ls) = 'V2'
