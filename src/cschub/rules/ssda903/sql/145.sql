-- 145: Category of need code is not a valid code.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE cin IS NOT NULL AND upper(cin) NOT IN (SELECT code FROM codes WHERE code_set = 'CIN')
