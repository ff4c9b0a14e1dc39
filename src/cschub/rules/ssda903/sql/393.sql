-- 393 (2022-23 to 2023-24): Child is looked after but mother field is not completed.
-- A girl (SEX 2) with an episode that is not respite care (LS other than V3/V4) and a blank MOTHER.
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE h.sex = '2' AND h.mother IS NULL
  AND EXISTS (SELECT 1 FROM episodes e
              WHERE e.child = h.child AND upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4'))
