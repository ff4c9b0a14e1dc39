-- 582: Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters.
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN ad1 a ON a.child = e.child
WHERE upper(e.rec) IN ('E11', 'E12') AND e.dec = a.date_match
