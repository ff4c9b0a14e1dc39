-- 205A: Child identified as UASC last year is no longer UASC this year, but date UASC ceased in
-- both years does not support this. A child is UASC in a year when the year's UASC table has a row
-- for the child. A child of this year's Header who was UASC last year and is not UASC this year
-- must have last year's DUC within last year's collection year; the Header row is flagged.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
JOIN uasc_last l ON l.child = h.child
CROSS JOIN meta m
WHERE NOT EXISTS (SELECT 1 FROM uasc u WHERE u.child = h.child)
  AND (l.duc IS NULL
       OR l.duc < CAST(m.collection_start - INTERVAL '1 year' AS DATE)
       OR l.duc > CAST(m.collection_end - INTERVAL '1 year' AS DATE))
