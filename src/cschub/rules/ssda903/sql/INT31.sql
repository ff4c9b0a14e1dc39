-- INT31: Internal Check: Child should only exist once in AD1.
SELECT 'AD1' AS tbl, row_no
FROM (SELECT row_no, COUNT(*) OVER (PARTITION BY child) AS n FROM ad1 WHERE child IS NOT NULL) f
WHERE n > 1
