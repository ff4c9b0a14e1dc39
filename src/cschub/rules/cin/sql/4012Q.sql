-- 4012Q: CIN Plan shown as starting and ending on the same day.
-- severity: query
SELECT 'CINplanDates' AS tbl, row_no FROM cin_plan_dates WHERE cinplanenddate = cinplanstartdate
