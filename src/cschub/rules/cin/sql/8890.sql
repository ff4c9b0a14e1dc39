-- 8890: A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry
-- ongoing (within one CINdetails group: on or after the other's start and on or before its
-- initial conference, or while it has none and is not marked as not required).
WITH overlap AS (
    SELECT a.row_no AS a_row, b.row_no AS b_row
    FROM section47 a
    JOIN section47 b
      ON b.child_seq = a.child_seq AND b.cin_seq = a.cin_seq AND b.row_no <> a.row_no
    CROSS JOIN meta m
    WHERE a.s47actualstartdate >= b.s47actualstartdate
      AND (a.s47actualstartdate > b.s47actualstartdate OR a.row_no > b.row_no)
      AND ((b.dateofinitialcpc IS NOT NULL AND a.s47actualstartdate <= b.dateofinitialcpc)
        OR (b.dateofinitialcpc IS NULL
            AND coalesce(lower(trim(b.icpcnotrequired)), '') NOT IN ('true', '1')
            AND a.s47actualstartdate <= m.collection_end))
)
SELECT 'Section47' AS tbl, a_row AS row_no FROM overlap
UNION ALL
SELECT 'Section47', b_row FROM overlap
