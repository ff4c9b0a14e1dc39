-- 336: Child does not have a foster placement immediately prior to being placed for adoption.
-- A placement for adoption with the current foster carer (A3 or A5) must follow, as the child's
-- episode just before it, a foster placement (U1-U6) or another placement for adoption (A3-A6).
-- The episode before is this year's, or for the child's first episode this year the latest of
-- last year's episodes that started earlier (when last year's return is given); a child with no
-- earlier episode is not checked.
WITH checked AS (  -- only children with an A3 or A5 episode can be flagged
    SELECT DISTINCT child FROM episodes WHERE upper(place) IN ('A3', 'A5')
),
firsts AS (
    SELECT child, MIN(decom) AS first_decom FROM episodes
    WHERE child IS NOT NULL AND decom IS NOT NULL AND child IN (SELECT child FROM checked)
    GROUP BY child
),
eps AS (
    SELECT 0 AS last_year, row_no, child, decom, place FROM episodes
    WHERE child IS NOT NULL AND decom IS NOT NULL AND child IN (SELECT child FROM checked)
    UNION ALL
    SELECT 1 AS last_year, l.row_no, l.child, l.decom, l.place
    FROM episodes_last l JOIN firsts f ON f.child = l.child
    WHERE l.decom < f.first_decom
),
ordered AS (
    SELECT last_year, row_no, place,
           LAG(place) OVER (PARTITION BY child ORDER BY decom, last_year DESC, row_no) AS prev_place,
           COUNT(*) OVER (PARTITION BY child ORDER BY decom, last_year DESC, row_no
                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS n
    FROM eps
)
SELECT 'Episodes' AS tbl, row_no
FROM ordered
WHERE last_year = 0 AND n > 1
  AND upper(place) IN ('A3', 'A5')
  AND COALESCE(upper(prev_place), '') NOT IN ('A3', 'A4', 'A5', 'A6',
                                              'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
