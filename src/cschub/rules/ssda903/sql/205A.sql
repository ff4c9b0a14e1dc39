-- 205A: Child identified as UASC last year is no longer UASC this year, but date UASC ceased in
-- both years does not support this.
-- A child is UASC in a year when that year's Header carries the UASC flag (XML export, or a CSV
-- Header with a UASC column; see 105) and it is 1, or, where the Header carries no flag, when the
-- year's UASC table has a row for the child (the views uasc_now and uasc_then, rules/context.py).
-- A child of this year's Header who was UASC last year and is not UASC this year must have
-- last year's DUC within last year's collection year; the Header row is flagged.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
CROSS JOIN meta m
WHERE EXISTS (SELECT 1 FROM uasc_then t WHERE t.child = h.child)
  AND NOT EXISTS (SELECT 1 FROM uasc_now n WHERE n.child = h.child)
  AND NOT EXISTS (SELECT 1 FROM uasc_last l
                  WHERE l.child = h.child
                    AND l.duc >= CAST(m.collection_start - INTERVAL '1 year' AS DATE)
                    AND l.duc <= CAST(m.collection_end - INTERVAL '1 year' AS DATE))
