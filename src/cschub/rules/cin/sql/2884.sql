-- 2884: An initial child protection conference is recorded at both the S47 and CIN Details level
-- and it should only be recorded in one: the same DateOfInitialCPC of one child must not be
-- given both in a Section47 module and in a CINdetails module. Both rows are flagged.
WITH twice AS (
    SELECT s.row_no AS s47_row, d.row_no AS details_row
    FROM section47 s
    JOIN cin_details d ON d.child_seq = s.child_seq AND d.dateofinitialcpc = s.dateofinitialcpc
)
SELECT DISTINCT 'Section47' AS tbl, s47_row AS row_no FROM twice
UNION ALL
SELECT DISTINCT 'CINdetails', details_row FROM twice
