-- 4014: CIN Plan data contains overlapping dates: no CINPlanStartDate of a child may fall on or
-- between the CINPlanStartDate and CINPlanEndDate (or the reference date, when there is no end
-- date) of another of the child's CIN plans. Both plans are flagged.
WITH overlap AS (
    SELECT a.row_no AS a_row, b.row_no AS b_row
    FROM cin_plan_dates a
    JOIN cin_plan_dates b ON b.child_seq = a.child_seq AND b.row_no <> a.row_no
    CROSS JOIN meta m
    WHERE a.cinplanstartdate >= b.cinplanstartdate
      AND a.cinplanstartdate <= COALESCE(b.cinplanenddate, m.collection_end)
)
SELECT DISTINCT 'CINplanDates' AS tbl, row_no
FROM (SELECT a_row AS row_no FROM overlap UNION ALL SELECT b_row FROM overlap) AS x
