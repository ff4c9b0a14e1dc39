-- 133: Data entry for accommodation after leaving care is invalid.
SELECT 'OC3' AS tbl, row_no
FROM oc3
-- S1 and X1 are not accepted here: the reference validator's list of valid codes for this rule
-- leaves them out, and cschub follows it until the DfE guidance says otherwise.
WHERE accom IS NULL
   OR upper(accom) NOT IN (SELECT code FROM codes WHERE code_set = 'ACCOM')
   OR upper(accom) IN ('S1', 'X1')
