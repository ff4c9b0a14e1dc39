-- 8790: Disability information includes both None and other values.
SELECT 'Disabilities' AS tbl, row_no
FROM (SELECT row_no,
        sum(CASE WHEN upper(trim(disability)) = 'NONE' THEN 1 ELSE 0 END)
            OVER (PARTITION BY child_seq) AS nones,
        count(*) OVER (PARTITION BY child_seq) AS n
      FROM disabilities WHERE disability IS NOT NULL) d
WHERE nones > 0 AND n > nones
