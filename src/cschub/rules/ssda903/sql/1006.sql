-- 1006: Missing type invalid.
SELECT 'Missing' AS tbl, row_no
FROM missing m
WHERE m.missing IS NOT NULL
  AND upper(m.missing) NOT IN (SELECT code FROM codes WHERE code_set = 'MISSING')
