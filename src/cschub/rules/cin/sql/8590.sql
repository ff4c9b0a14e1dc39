-- 8590: Child does not have a recorded CIN episode (no CINdetails module for the child).
SELECT 'ChildIdentifiers' AS tbl, c.row_no
FROM child_identifiers c
WHERE NOT EXISTS (SELECT 1 FROM cin_details d WHERE d.child_seq = c.child_seq)
