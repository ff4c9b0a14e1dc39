-- 570: The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.
SELECT 'Missing' AS tbl, row_no
FROM missing
WHERE mis_start > (SELECT collection_end FROM meta)
