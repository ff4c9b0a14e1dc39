-- 367: The maximum amount of respite care allowable is 75 days in any 12-month period. The days
-- a child spends in short-term respite episodes (legal status V3) within the collection year
-- (each episode cut to 1 April - 31 March, an open one counted to 31 March) must total no more
-- than 75. Every V3 episode of the child in the year is flagged.
WITH v3 AS (
    SELECT e.row_no, e.child,
           CASE WHEN e.decom < m.collection_start THEN m.collection_start ELSE e.decom END AS d0,
           CASE WHEN e.dec IS NULL OR e.dec > m.collection_end THEN m.collection_end
                ELSE e.dec END AS d1
    FROM episodes e CROSS JOIN meta m
    WHERE upper(e.ls) = 'V3' AND e.child IS NOT NULL AND e.decom IS NOT NULL
      AND e.decom <= m.collection_end
      AND (e.dec IS NULL OR e.dec >= m.collection_start)
),
totals AS (
    SELECT row_no, SUM(d1 - d0) OVER (PARTITION BY child) AS days FROM v3
)
SELECT 'Episodes' AS tbl, row_no
FROM totals
WHERE days > 75
