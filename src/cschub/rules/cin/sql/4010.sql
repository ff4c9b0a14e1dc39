-- 4010: CIN Plan start date is missing or out of data collection period (after 31 March).
SELECT 'CINplanDates' AS tbl, p.row_no
FROM cin_plan_dates p CROSS JOIN meta m
WHERE p.cinplanstartdate IS NULL OR p.cinplanstartdate > m.collection_end
