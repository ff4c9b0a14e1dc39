-- 114: Data entry to record the status of former carer(s) of an adopted child is invalid.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE foster_care IS NOT NULL
  AND foster_care NOT IN (SELECT code FROM codes WHERE code_set = 'FOSTER_CARE')
