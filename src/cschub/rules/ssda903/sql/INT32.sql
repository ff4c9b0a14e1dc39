-- INT32: Internal Check: Child should only exist once in Header.
SELECT 'Header' AS tbl, row_no
FROM (SELECT row_no, COUNT(*) OVER (PARTITION BY child) AS n FROM header WHERE child IS NOT NULL) f
WHERE n > 1
