-- 205B: Child previously identified as UASC is also UASC this year, but date UASC ceased in both
-- years does not support this.
-- A child is UASC in a year when that year's Header carries the UASC flag (XML export, or a CSV
-- Header with a UASC column; see 105) and it is 1, or, where the Header carries no flag, when the
-- year's UASC table has a row for the child (the views uasc_now and uasc_then, rules/context.py).
-- For a child UASC in both years with a UASC row in both: last year's DUC must not be before
-- this year (status ceased last year, so the child cannot be UASC now), and when both years give
-- a DUC they must be the same unless this year's falls in this collection year. The UASC row and
-- the Header row are flagged.
-- needs: previous
WITH bad AS (
  SELECT DISTINCT u.row_no, u.child
  FROM uasc u
  JOIN uasc_last l ON l.child = u.child
  CROSS JOIN meta m
  WHERE EXISTS (SELECT 1 FROM uasc_now n WHERE n.child = u.child)
    AND EXISTS (SELECT 1 FROM uasc_then t WHERE t.child = u.child)
    AND (l.duc < m.collection_start
         OR (u.duc IS NOT NULL AND l.duc IS NOT NULL AND u.duc <> l.duc
             AND (u.duc < m.collection_start OR u.duc > m.collection_end)))
)
SELECT 'UASC' AS tbl, row_no FROM bad
UNION ALL
SELECT 'Header' AS tbl, h.row_no FROM header h WHERE h.child IN (SELECT child FROM bad)
