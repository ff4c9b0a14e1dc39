-- 8775Q: Child is over 25 years old: born more than 25 years before 31 March, with an episode
-- still open or closed after the 25th birthday.
-- severity: query
WITH old AS (
    SELECT c.row_no AS child_row, d.row_no AS details_row
    FROM child_identifiers c CROSS JOIN meta m
    JOIN cin_details d ON d.child_seq = c.child_seq
    WHERE c.personbirthdate < CAST(m.collection_end - INTERVAL '25 years' AS DATE)
      AND (d.cinclosuredate IS NULL
           OR d.cinclosuredate > CAST(c.personbirthdate + INTERVAL '25 years' AS DATE))
)
SELECT 'ChildIdentifiers' AS tbl, child_row AS row_no FROM old
UNION ALL
SELECT 'CINdetails', details_row FROM old
