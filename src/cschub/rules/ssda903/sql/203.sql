-- 203: Date of birth disagrees with the date of birth already recorded for this child.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
JOIN header_last l ON l.child = h.child
WHERE COALESCE(CAST(h.dob AS VARCHAR), h.dob_raw) IS DISTINCT FROM
      COALESCE(CAST(l.dob AS VARCHAR), l.dob_raw)
