-- 8555Q: Child cannot be referred after its recorded date of death. Flags the referral and the
-- child's identifiers.
-- severity: query
WITH late AS (
    SELECT d.row_no AS details_row, c.row_no AS child_row
    FROM cin_details d
    JOIN child_identifiers c ON c.child_seq = d.child_seq
    WHERE d.cinreferraldate > c.persondeathdate
)
SELECT 'CINdetails' AS tbl, details_row AS row_no FROM late
UNION
SELECT 'ChildIdentifiers', child_row FROM late
