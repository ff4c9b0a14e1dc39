-- 631: Previous permanence option not a valid value.
SELECT 'PrevPerm' AS tbl, row_no
FROM prev_perm
WHERE prev_perm IS NOT NULL
  AND upper(prev_perm) NOT IN (SELECT code FROM codes WHERE code_set = 'PREV_PERM')
