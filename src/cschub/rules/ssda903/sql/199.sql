-- 199: Episode information shows child has been previously adopted from care. An episode of this
-- year is flagged when an episode of the same child that started earlier, this year or last year
-- (when last year's return is given), ended in adoption (REC E11 or E12): the child has come
-- back into care after being adopted from it.
WITH adoptions AS (
    SELECT child, decom FROM episodes
    WHERE upper(rec) IN ('E11', 'E12') AND decom IS NOT NULL
    UNION ALL
    SELECT child, decom FROM episodes_last
    WHERE upper(rec) IN ('E11', 'E12') AND decom IS NOT NULL
)
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN adoptions a ON a.child = e.child AND a.decom < e.decom
