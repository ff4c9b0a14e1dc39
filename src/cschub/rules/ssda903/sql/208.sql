-- 208: Unique Pupil Number (UPN) for the current year disagrees with the UPN already recorded for
-- this child. Not a disagreement: blank both years (rule 442's business), a change from blank or
-- UN1 to UN2-UN5, from blank to UN1, or from blank or an unknown code to a real UPN.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
JOIN header_last l ON l.child = h.child
WHERE upper(h.upn) IS DISTINCT FROM upper(l.upn)
  AND NOT (h.upn IS NULL AND l.upn IS NULL)
  AND NOT ((l.upn IS NULL OR upper(l.upn) = 'UN1')
           AND upper(h.upn) IN ('UN2', 'UN3', 'UN4', 'UN5'))
  AND NOT (l.upn IS NULL AND upper(h.upn) = 'UN1')
  AND NOT ((l.upn IS NULL OR upper(l.upn) IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5'))
           AND h.upn IS NOT NULL
           AND upper(h.upn) NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5'))
