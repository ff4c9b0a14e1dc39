-- INT33: Internal Check: Child should only exist once in OC2.
SELECT 'OC2' AS tbl, row_no
FROM (SELECT row_no, COUNT(*) OVER (PARTITION BY child) AS n FROM oc2 WHERE child IS NOT NULL) f
WHERE n > 1
