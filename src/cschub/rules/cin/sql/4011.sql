-- 4011: CIN Plan End Date earlier than Start Date.
SELECT 'CINplanDates' AS tbl, row_no FROM cin_plan_dates WHERE cinplanenddate < cinplanstartdate
