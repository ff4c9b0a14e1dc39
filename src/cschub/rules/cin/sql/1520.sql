-- 1520: More than one record with the same UPN. Every child record carrying a UPN that another
-- record also carries is flagged.
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM (
    SELECT row_no, COUNT(*) OVER (PARTITION BY upper(upn)) AS n
    FROM child_identifiers
    WHERE upn IS NOT NULL
) AS x
WHERE n > 1
