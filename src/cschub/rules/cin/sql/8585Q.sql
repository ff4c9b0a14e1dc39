-- 8585Q: Please check and either amend or provide a reason: CIN episode shows Died (RC2) as the
-- Closure Reason, however child has no recorded (valid) Date of Death. Flags the episode and the
-- child's identifiers.
-- severity: query
WITH died AS (
    SELECT d.row_no AS details_row, c.row_no AS child_row
    FROM cin_details d
    JOIN child_identifiers c ON c.child_seq = d.child_seq
    WHERE upper(d.reasonforclosure) = 'RC2'
      AND c.persondeathdate IS NULL
)
SELECT 'CINdetails' AS tbl, details_row AS row_no FROM died
UNION
SELECT 'ChildIdentifiers', child_row FROM died
