-- 503A: The reason for new episode in the first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March (the view first_vs_open_last, rules/context.py):
-- the reason for new episode (RNE) must be the same.
-- needs: previous
SELECT 'Episodes' AS tbl, f.row_no
FROM first_vs_open_last f
JOIN episodes e ON e.row_no = f.row_no
JOIN episodes_last l ON l.row_no = f.last_row_no
WHERE COALESCE(upper(e.rne), '') <> COALESCE(upper(l.rne), '')
