-- 331: Date of matching child and adopter(s) should be the same as, or prior to, the date of
-- placement of adoption: for a child whose episode ended in adoption (REC E11 or E12), the AD1
-- DATE_MATCH must not be after that episode's start. The AD1 row and the episode are flagged.
WITH bad AS (
    SELECT a.row_no AS ad1_row, e.row_no AS ep_row
    FROM ad1 a
    JOIN episodes e ON e.child = a.child
    WHERE upper(e.rec) IN ('E11', 'E12')
      AND a.date_match > e.decom
)
SELECT DISTINCT 'AD1' AS tbl, ad1_row AS row_no FROM bad
UNION
SELECT DISTINCT 'Episodes' AS tbl, ep_row AS row_no FROM bad
