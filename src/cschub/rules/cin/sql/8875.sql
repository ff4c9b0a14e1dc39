-- 8875: The Date of Initial Child Protection Conference cannot be a weekend.
SELECT 'Section47' AS tbl, row_no FROM section47
WHERE EXTRACT(dow FROM dateofinitialcpc) IN (0, 6)
