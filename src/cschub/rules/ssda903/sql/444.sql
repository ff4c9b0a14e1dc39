-- 444: Duplicate UPN has been reported (UN1-UN5, the codes for a missing UPN, may repeat). Every
-- row with the duplicated UPN is flagged.
SELECT 'Header' AS tbl, row_no
FROM (SELECT row_no, upn, COUNT(*) OVER (PARTITION BY upn) AS n
      FROM header WHERE upn IS NOT NULL) h
WHERE n > 1 AND upper(upn) NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5')
