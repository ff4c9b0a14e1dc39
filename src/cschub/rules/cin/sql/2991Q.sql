-- 2991Q: Please check and either amend data or provide a reason: A Section 47 module is recorded
-- and there is no assessment on the episode. The CIN episode and its Section47 modules are
-- flagged when the episode has a Section47 module and no Assessments module.
-- severity: query
WITH lone AS (
    SELECT s.row_no, s.child_seq, s.cin_seq
    FROM section47 s
    WHERE NOT EXISTS (SELECT 1 FROM assessments a
                      WHERE a.child_seq = s.child_seq AND a.cin_seq = s.cin_seq)
)
SELECT DISTINCT 'CINdetails' AS tbl, d.row_no, 'LAchildID;CINreferralDate' AS fields
FROM cin_details d
JOIN lone l ON l.child_seq = d.child_seq AND l.cin_seq = d.cin_seq
UNION ALL
SELECT 'Section47', row_no, 'S47ActualStartDate' FROM lone
