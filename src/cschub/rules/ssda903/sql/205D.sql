-- 205D: Child identified as UASC this year but not identified as UASC status provided for the child
-- last year: a child in this year's UASC table who was in last year's Header but not in last year's
-- UASC table. The Header row is flagged.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE EXISTS (SELECT 1 FROM uasc u WHERE u.child = h.child)
  AND EXISTS (SELECT 1 FROM header_last hl WHERE hl.child = h.child)
  AND NOT EXISTS (SELECT 1 FROM uasc_last ul WHERE ul.child = h.child)
