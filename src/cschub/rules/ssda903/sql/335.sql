-- 335: The adoption by current foster carer flag must agree with the last placement: for an
-- episode ending in adoption (REC E1, E11 or E12), placed with the current foster carer (A2, A3
-- or A5) needs AD1 FOSTER_CARE other than 0, and placed not with them (A1, A4 or A6) needs
-- FOSTER_CARE other than 1. The episode and the AD1 row are flagged.
WITH bad AS (
    SELECT e.row_no AS ep_row, a.row_no AS ad1_row
    FROM episodes e
    JOIN ad1 a ON a.child = e.child
    WHERE upper(e.rec) IN ('E1', 'E11', 'E12')
      AND ((upper(e.place) IN ('A2', 'A3', 'A5') AND a.foster_care = '0')
           OR (upper(e.place) IN ('A1', 'A4', 'A6') AND a.foster_care = '1'))
)
SELECT DISTINCT 'Episodes' AS tbl, ep_row AS row_no FROM bad
UNION
SELECT DISTINCT 'AD1' AS tbl, ad1_row AS row_no FROM bad
