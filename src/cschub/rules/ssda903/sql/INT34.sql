-- INT34: Internal Check: Child should only exist once in OC3.
SELECT 'OC3' AS tbl, row_no
FROM (SELECT row_no, COUNT(*) OVER (PARTITION BY child) AS n FROM oc3 WHERE child IS NOT NULL) f
WHERE n > 1
