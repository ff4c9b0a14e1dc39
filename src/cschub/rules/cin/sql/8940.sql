-- 8940: Child Protection Plan data contains overlapping dates (a plan starts while another
-- plan of the same child is open: on or after its start and on or before its end, or it has
-- no end).
WITH overlap AS (
    SELECT a.row_no AS a_row, b.row_no AS b_row
    FROM child_protection_plans a
    JOIN child_protection_plans b ON b.child_seq = a.child_seq AND b.row_no <> a.row_no
    CROSS JOIN meta m
    WHERE a.cppstartdate >= b.cppstartdate
      AND a.cppstartdate <= coalesce(b.cppenddate, m.collection_end)
      AND (a.cppstartdate > b.cppstartdate OR a.row_no > b.row_no)
)
SELECT 'ChildProtectionPlans' AS tbl, a_row AS row_no FROM overlap
UNION ALL
SELECT 'ChildProtectionPlans', b_row FROM overlap
