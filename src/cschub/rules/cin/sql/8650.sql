-- 8650: Primary Need Code invalid (see Primary Need table in CIN census code set).
SELECT 'CINdetails' AS tbl, row_no
FROM cin_details
WHERE primaryneedcode IS NOT NULL
  AND upper(primaryneedcode) NOT IN (
      SELECT upper(code) FROM codes WHERE code_set = 'PrimaryNeedCode')
