-- 131: Data entry for being in touch after leaving care is invalid.
SELECT 'OC3' AS tbl, row_no
FROM oc3
WHERE in_touch IS NULL OR upper(in_touch) NOT IN (SELECT code FROM codes WHERE code_set = 'IN_TOUCH')
