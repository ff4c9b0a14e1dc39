-- 149: Reason episode ceased code is not valid.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE rec IS NOT NULL AND upper(rec) NOT IN (SELECT code FROM codes WHERE code_set = 'REC')
