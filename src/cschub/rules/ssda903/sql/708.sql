-- 708: Dates of DoLOs are before child's date of birth.
SELECT 'DoLo' AS tbl, row_no
FROM dolo
WHERE dolo_start < dob OR dolo_end < dob
