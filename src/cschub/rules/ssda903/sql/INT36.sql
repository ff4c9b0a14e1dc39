-- INT36: Internal Check: Child should only exist once in UASC.
SELECT 'UASC' AS tbl, row_no
FROM (SELECT row_no, COUNT(*) OVER (PARTITION BY child) AS n FROM uasc WHERE child IS NOT NULL) f
WHERE n > 1
