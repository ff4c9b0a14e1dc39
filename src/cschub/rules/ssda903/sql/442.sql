-- 442: Unique Pupil Number (UPN) field is not completed.
-- A child with an episode other than respite care (LS not V3/V4) must have a UPN.
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE h.upn IS NULL
  AND EXISTS (SELECT 1 FROM episodes e
              WHERE e.child = h.child AND upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4'))
