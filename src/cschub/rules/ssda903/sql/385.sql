-- 385: Date episode ceased must be on or before the end of the current collection year.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE dec > (SELECT collection_end FROM meta)
