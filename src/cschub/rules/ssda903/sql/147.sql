-- 147: Date episode ceased is not a valid date.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE dec IS NULL AND trim(dec_raw) <> ''
