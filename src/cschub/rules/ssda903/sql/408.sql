-- 408: Child is placed for adoption with a placement order, but no placement order has been recorded.
-- Placed for adoption with a placement order (A5, A6) requires legal status E1 (placement order).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('A5', 'A6') AND (ls IS NULL OR upper(ls) <> 'E1')
