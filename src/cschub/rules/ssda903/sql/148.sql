-- 148: Date episode ceased and reason episode ceased must both be coded, or both left blank.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE (trim(COALESCE(dec_raw, '')) = '') <> (rec IS NULL)
