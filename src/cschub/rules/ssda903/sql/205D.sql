-- 205D: Child identified as UASC this year but not identified as UASC status provided for the child
-- last year.
-- A child is UASC in a year when that year's Header carries the UASC flag (XML export, or a CSV
-- Header with a UASC column; see 105) and it is 1, or, where the Header carries no flag, when the
-- year's UASC table has a row for the child (the views uasc_now and uasc_then, rules/context.py).
-- A child UASC this year who was in last year's Header but not UASC last year: the Header row is
-- flagged.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE EXISTS (SELECT 1 FROM uasc_now n WHERE n.child = h.child)
  AND EXISTS (SELECT 1 FROM header_last hl WHERE hl.child = h.child)
  AND NOT EXISTS (SELECT 1 FROM uasc_then t WHERE t.child = h.child)
