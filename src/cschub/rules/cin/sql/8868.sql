-- 8868: CIN episode is shown as closed, however a Section 47 enquiry is not shown as completed
-- by an initial conference date or the "not required" flag (exactly one of the two).
WITH unfinished AS (
    SELECT d.row_no AS details_row, s.row_no AS s47_row
    FROM cin_details d
    JOIN section47 s ON s.child_seq = d.child_seq AND s.cin_seq = d.cin_seq
    WHERE d.cinclosuredate IS NOT NULL
      AND ((s.dateofinitialcpc IS NULL
            AND coalesce(lower(trim(s.icpcnotrequired)), '') NOT IN ('true', '1'))
        OR (s.dateofinitialcpc IS NOT NULL
            AND lower(trim(s.icpcnotrequired)) IN ('true', '1')))
)
SELECT 'CINdetails' AS tbl, details_row AS row_no FROM unfinished
UNION ALL
SELECT 'Section47', s47_row FROM unfinished
