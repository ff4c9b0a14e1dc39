-- 205D: Child identified as UASC this year but not identified as UASC status provided for the child
-- last year.
-- A child is UASC in a year when that year's Header carries the UASC flag (XML export, or a CSV
-- Header with a UASC column; see 105) and it is 1, or, where the Header carries no flag, when the
-- year's UASC table has a row for the child (the same CTEs in 205A, 205B, 205C and 205D).
-- A child UASC this year who was in last year's Header but not UASC last year: the Header row is
-- flagged.
-- needs: previous
WITH uasc_now AS (  -- UASC this year: the Header's flag where carried, else a UASC row
  SELECT h.child FROM header h WHERE trim(h.uasc_raw) = '1'
  UNION
  SELECT u.child FROM uasc u
  WHERE NOT EXISTS (SELECT 1 FROM header h
                    WHERE h.child = u.child AND (h.xml_path IS NOT NULL OR h.uasc_raw IS NOT NULL))
),
uasc_then AS (  -- UASC last year, alike
  SELECT hl.child FROM header_last hl WHERE trim(hl.uasc_raw) = '1'
  UNION
  SELECT l.child FROM uasc_last l
  WHERE NOT EXISTS (SELECT 1 FROM header_last hl
                    WHERE hl.child = l.child
                      AND (hl.xml_path IS NOT NULL OR hl.uasc_raw IS NOT NULL))
)
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE EXISTS (SELECT 1 FROM uasc_now n WHERE n.child = h.child)
  AND EXISTS (SELECT 1 FROM header_last hl WHERE hl.child = h.child)
  AND NOT EXISTS (SELECT 1 FROM uasc_then t WHERE t.child = h.child)
