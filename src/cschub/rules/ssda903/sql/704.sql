-- 704: The date that the DoLO ended is before the start or after the end of the collection year.
SELECT 'DoLo' AS tbl, d.row_no
FROM dolo d CROSS JOIN meta m
WHERE d.dolo_end < m.collection_start OR d.dolo_end > m.collection_end
