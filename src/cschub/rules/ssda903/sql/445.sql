-- 445: D1 is not a valid code for episodes starting after December 2005.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) = 'D1' AND decom > DATE '2005-12-31'
