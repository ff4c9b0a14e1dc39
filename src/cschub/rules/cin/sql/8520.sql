-- 8520: Date of Birth is after data collection period (must be on or before the end of the
-- census period, 31 March).
SELECT 'ChildIdentifiers' AS tbl, c.row_no
FROM child_identifiers c
CROSS JOIN meta m
WHERE c.personbirthdate > m.collection_end
