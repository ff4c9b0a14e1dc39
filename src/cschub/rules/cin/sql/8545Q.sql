-- 8545Q: Please check and either amend data or provide a reason: Child's date of death should be
-- within the census year.
-- severity: query
SELECT 'ChildIdentifiers' AS tbl, c.row_no
FROM child_identifiers c
CROSS JOIN meta m
WHERE c.persondeathdate < m.collection_start
   OR c.persondeathdate > m.collection_end
