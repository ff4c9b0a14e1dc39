-- 571: The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.
SELECT 'Missing' AS tbl, x.row_no
FROM missing x, meta m
WHERE x.mis_end < m.collection_start OR x.mis_end > m.collection_end
