-- 355: Episode appears to have lasted for less than 24 hours (it ceased the day it began).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE decom = dec
