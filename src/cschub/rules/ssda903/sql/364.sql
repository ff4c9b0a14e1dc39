-- 364: Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a
-- child can be detained in custody in Local Authority (LA) accommodation. A spell of PACE
-- detention is a run of the child's J2 episodes, each starting on the day the one before it
-- ended; from the first start to the last end (an episode still open counts to 31 March) it must
-- last no more than 21 days. Every episode of a longer spell is flagged.
WITH eps AS (
    SELECT e.row_no, e.child, e.decom, COALESCE(e.dec, m.collection_end) AS dec,
           LAG(COALESCE(e.dec, m.collection_end))
             OVER (PARTITION BY e.child ORDER BY e.decom, e.row_no) AS prev_dec
    FROM episodes e CROSS JOIN meta m
    WHERE upper(e.ls) = 'J2' AND e.child IS NOT NULL AND e.decom IS NOT NULL
),
numbered AS (
    SELECT row_no, child, decom, dec,
           SUM(CASE WHEN prev_dec = decom THEN 0 ELSE 1 END)
             OVER (PARTITION BY child ORDER BY decom, row_no
                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell
    FROM eps
),
spells AS (
    SELECT row_no,
           MAX(dec) OVER (PARTITION BY child, spell) - MIN(decom) OVER (PARTITION BY child, spell)
             AS days
    FROM numbered
)
SELECT 'Episodes' AS tbl, row_no
FROM spells
WHERE days > 21
