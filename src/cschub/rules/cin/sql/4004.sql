-- 4004: This child is showing more than one open CIN Plan, i.e. with no End Date: a child may
-- have at most one CINplanDates module with no CINPlanEndDate. Every open plan of such a child
-- is flagged.
SELECT 'CINplanDates' AS tbl, row_no
FROM (
    SELECT row_no, COUNT(*) OVER (PARTITION BY child_seq) AS open_plans
    FROM cin_plan_dates
    WHERE cinplanenddate IS NULL AND trim(COALESCE(cinplanenddate_raw, '')) = ''
) AS x
WHERE open_plans > 1
