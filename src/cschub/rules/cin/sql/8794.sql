-- 8794: Child has two or more disabilities with the same code.
SELECT 'Disabilities' AS tbl, row_no
FROM (SELECT row_no, count(*) OVER (PARTITION BY child_seq, upper(trim(disability))) AS n
      FROM disabilities WHERE disability IS NOT NULL) d
WHERE n > 1
