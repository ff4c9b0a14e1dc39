-- 353: No episode submitted can start before 14 October 1991.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE decom < CAST('1991-10-14' AS DATE)
