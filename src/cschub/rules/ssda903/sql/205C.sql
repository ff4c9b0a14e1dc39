-- 205C: Child not identified as UASC either this year or last year but date UASC ceased has been
-- provided. A child is UASC in a year when that year's Header carries the UASC flag (XML export,
-- or a CSV Header with a UASC column; see 105) and it is 1, or, where the Header carries no flag,
-- when the year's UASC table has a row for the child. A UASC row of this year whose DUC, or last
-- year's DUC for the child, is given, for a child UASC in neither year, is flagged with the
-- child's Header row.
-- needs: previous
WITH bad AS (
  SELECT u.row_no, u.child
  FROM uasc u
  WHERE (NULLIF(trim(u.duc_raw), '') IS NOT NULL
         OR EXISTS (SELECT 1 FROM uasc_last l
                    WHERE l.child = u.child AND NULLIF(trim(l.duc_raw), '') IS NOT NULL))
    -- not UASC this year: the flag is carried and never 1
    AND EXISTS (SELECT 1 FROM header h
                WHERE h.child = u.child AND (h.xml_path IS NOT NULL OR h.uasc_raw IS NOT NULL))
    AND NOT EXISTS (SELECT 1 FROM header h
                    WHERE h.child = u.child AND COALESCE(trim(h.uasc_raw), '') = '1')
    -- not UASC last year: no flag 1, and a flag carried or no UASC row
    AND NOT EXISTS (SELECT 1 FROM header_last hl
                    WHERE hl.child = u.child AND COALESCE(trim(hl.uasc_raw), '') = '1')
    AND (EXISTS (SELECT 1 FROM header_last hl
                 WHERE hl.child = u.child AND (hl.xml_path IS NOT NULL OR hl.uasc_raw IS NOT NULL))
         OR NOT EXISTS (SELECT 1 FROM uasc_last l WHERE l.child = u.child))
)
SELECT 'UASC' AS tbl, row_no FROM bad
UNION ALL
SELECT 'Header' AS tbl, h.row_no FROM header h WHERE h.child IN (SELECT child FROM bad)
