-- 503D (2024-25): The placement type in the first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March (the view first_vs_open_last, rules/context.py):
-- the placement type must be the same,
-- except that an H5 placement may continue as K3 (H5 was replaced by K3).
-- needs: previous
SELECT 'Episodes' AS tbl, f.row_no
FROM first_vs_open_last f
JOIN episodes e ON e.row_no = f.row_no
JOIN episodes_last l ON l.row_no = f.last_row_no
WHERE COALESCE(upper(e.place), '') <> COALESCE(upper(l.place), '')
  AND NOT (COALESCE(upper(l.place), '') = 'H5' AND COALESCE(upper(e.place), '') = 'K3')
