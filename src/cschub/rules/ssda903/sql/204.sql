-- 204: Ethnic origin code disagrees with the ethnic origin already recorded for this child.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
JOIN header_last l ON l.child = h.child
WHERE upper(h.ethnic) IS DISTINCT FROM upper(l.ethnic)
