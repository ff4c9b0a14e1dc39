-- 8870Q: The Target Date for Initial Child Protection Conference should not be a weekend.
-- severity: query
SELECT 'Section47' AS tbl, row_no FROM section47
WHERE EXTRACT(dow FROM initialcpctarget) IN (0, 6)
