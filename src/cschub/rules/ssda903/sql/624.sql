-- 624: Date of birth of the first child contradicts the date of birth of the first child previously recorded.
-- needs: previous
SELECT DISTINCT 'Header' AS tbl, h.row_no
FROM header h
JOIN header_last l ON l.child = h.child
WHERE l.mc_dob IS NOT NULL AND (h.mc_dob IS NULL OR h.mc_dob <> l.mc_dob)
