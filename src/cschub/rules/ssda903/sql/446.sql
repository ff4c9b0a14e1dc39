-- 446: E1 is not a valid code for episodes starting before December 2005.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) = 'E1' AND decom < DATE '2005-12-01'
