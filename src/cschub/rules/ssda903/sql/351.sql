-- 351: Child was over 25 at the start of the current collection year.
SELECT 'Header' AS tbl, row_no
FROM header CROSS JOIN meta
WHERE meta.collection_start > CAST(dob + INTERVAL '25 years' AS DATE)
