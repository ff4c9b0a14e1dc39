-- 703: The date that the DoLO started is after the end of the collection year.
SELECT 'DoLo' AS tbl, d.row_no
FROM dolo d CROSS JOIN meta m
WHERE d.dolo_start > m.collection_end
