-- 8510: More than one child record with the same LA Child ID (every child with a shared ID).
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM (
    SELECT row_no, COUNT(*) OVER (PARTITION BY lachildid) AS n
    FROM child_identifiers
    WHERE lachildid IS NOT NULL
) ids
WHERE n > 1
