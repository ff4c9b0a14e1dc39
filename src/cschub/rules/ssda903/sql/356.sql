-- 356: The date the episode ceased is before the date the same episode started.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE dec < decom
