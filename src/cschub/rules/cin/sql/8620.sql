-- 8620: CIN Closure Date present and does not fall within the Census year.
SELECT 'CINdetails' AS tbl, d.row_no
FROM cin_details d
CROSS JOIN meta m
WHERE d.cinclosuredate < m.collection_start
   OR d.cinclosuredate > m.collection_end
