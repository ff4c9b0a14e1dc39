-- 4013: CIN Plan end date must fall within the census year.
SELECT 'CINplanDates' AS tbl, p.row_no
FROM cin_plan_dates p CROSS JOIN meta m
WHERE p.cinplanenddate < m.collection_start OR p.cinplanenddate > m.collection_end
