-- 205C: Child not identified as UASC either this year or last year but date UASC ceased has been
-- provided.
-- A child is UASC in a year when that year's Header carries the UASC flag (XML export, or a CSV
-- Header with a UASC column; see 105) and it is 1, or, where the Header carries no flag, when the
-- year's UASC table has a row for the child (the views uasc_now and uasc_then, rules/context.py).
-- A UASC row of this year whose DUC, or last year's DUC for the child, is given, for a child UASC
-- in neither year, is flagged with the child's Header row.
-- needs: previous
WITH bad AS (
  SELECT u.row_no, u.child
  FROM uasc u
  WHERE (NULLIF(trim(u.duc_raw), '') IS NOT NULL
         OR EXISTS (SELECT 1 FROM uasc_last l
                    WHERE l.child = u.child AND NULLIF(trim(l.duc_raw), '') IS NOT NULL))
    AND NOT EXISTS (SELECT 1 FROM uasc_now n WHERE n.child = u.child)
    AND NOT EXISTS (SELECT 1 FROM uasc_then t WHERE t.child = u.child)
)
SELECT 'UASC' AS tbl, row_no FROM bad
UNION ALL
SELECT 'Header' AS tbl, h.row_no FROM header h WHERE h.child IN (SELECT child FROM bad)
