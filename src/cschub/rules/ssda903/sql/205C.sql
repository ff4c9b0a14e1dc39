-- 205C: Child not identified as UASC either this year or last year but date UASC ceased has been
-- provided.
-- A child is UASC in a year when that year's Header carries the UASC flag (XML export, or a CSV
-- Header with a UASC column; see 105) and it is 1, or, where the Header carries no flag, when the
-- year's UASC table has a row for the child (the same CTEs in 205A, 205B, 205C and 205D).
-- A UASC row of this year whose DUC, or last year's DUC for the child, is given, for a child UASC
-- in neither year, is flagged with the child's Header row.
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
, bad AS (
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
