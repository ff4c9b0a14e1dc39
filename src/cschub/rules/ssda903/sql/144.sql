-- 144: The legal status code is not a valid code.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE ls IS NOT NULL AND upper(ls) NOT IN (SELECT code FROM codes WHERE code_set = 'LS')
