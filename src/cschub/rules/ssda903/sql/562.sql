-- 562: Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.
-- The child's first episode, when it started before 1 April, must be last year's latest episode
-- (same DECOM).
-- needs: previous
WITH f AS (  -- episodes without DECOM come last in episode_order (see context.py)
  SELECT row_no, child, decom, rn FROM episode_order WHERE decom IS NOT NULL
),
l AS (
  SELECT child, MAX(decom) AS last_decom
  FROM episodes_last
  WHERE child IS NOT NULL
  GROUP BY child
)
SELECT 'Episodes' AS tbl, f.row_no
FROM f
CROSS JOIN meta m
LEFT JOIN l ON l.child = f.child
WHERE f.rn = 1 AND f.decom < m.collection_start
  AND (l.last_decom IS NULL OR l.last_decom <> f.decom)
