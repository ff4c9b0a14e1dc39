-- 8640: CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set).
SELECT 'CINdetails' AS tbl, row_no
FROM cin_details
WHERE reasonforclosure IS NOT NULL
  AND upper(reasonforclosure) NOT IN (
      SELECT upper(code) FROM codes WHERE code_set = 'ReasonForClosure')
