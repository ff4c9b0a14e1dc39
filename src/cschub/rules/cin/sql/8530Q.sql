-- 8530Q: Please check and either amend data or provide a reason: Expected Date of Birth is
-- outside the expected range for this census (from 30 days before to 9 months after 31 March,
-- i.e. 1 March to 31 December of the census year end, both included).
-- severity: query
SELECT 'ChildIdentifiers' AS tbl, c.row_no
FROM child_identifiers c
CROSS JOIN meta m
WHERE c.expectedpersonbirthdate < m.collection_end - 30
   OR c.expectedpersonbirthdate > CAST(m.collection_end + INTERVAL '9 months' AS DATE)
