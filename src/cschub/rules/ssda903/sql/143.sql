-- 143: The reason for new episode code is not a valid code.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE rne IS NOT NULL AND upper(rne) NOT IN (SELECT code FROM codes WHERE code_set = 'RNE')
