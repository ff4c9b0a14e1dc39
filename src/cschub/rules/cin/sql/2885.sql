-- 2885: Child protection plan shown as starting a different day to the initial child protection
-- conference. A CPPstartDate in the census year must equal the DateOfInitialCPC of a Section47
-- module of its CIN episode or, when the episode has no Section47 module (other than ones marked
-- ICPCnotRequired), the episode's CINdetails DateOfInitialCPC. The plan is flagged with the
-- conference rows it was compared with.
WITH s47 AS (
    SELECT row_no, child_seq, cin_seq, dateofinitialcpc
    FROM section47
    WHERE COALESCE(lower(icpcnotrequired), '') NOT IN ('1', 'true')
),
plans AS (
    SELECT p.row_no, p.child_seq, p.cin_seq, p.cppstartdate,
           EXISTS (SELECT 1 FROM s47 s
                   WHERE s.child_seq = p.child_seq AND s.cin_seq = p.cin_seq) AS has_s47
    FROM child_protection_plans p
    CROSS JOIN meta m
    WHERE p.cppstartdate BETWEEN m.collection_start AND m.collection_end
),
bad AS (
    SELECT p.*
    FROM plans p
    WHERE (p.has_s47 AND NOT EXISTS (
               SELECT 1 FROM s47 s
               WHERE s.child_seq = p.child_seq AND s.cin_seq = p.cin_seq
                 AND s.dateofinitialcpc = p.cppstartdate))
       OR (NOT p.has_s47 AND NOT EXISTS (
               SELECT 1 FROM cin_details d
               WHERE d.child_seq = p.child_seq AND d.cin_seq = p.cin_seq
                 AND d.dateofinitialcpc = p.cppstartdate))
)
SELECT 'ChildProtectionPlans' AS tbl, row_no, 'CPPstartDate' AS fields FROM bad
UNION ALL
SELECT DISTINCT 'Section47', s.row_no, 'DateOfInitialCPC'
FROM bad b JOIN s47 s ON s.child_seq = b.child_seq AND s.cin_seq = b.cin_seq
WHERE b.has_s47
UNION ALL
SELECT DISTINCT 'CINdetails', d.row_no, 'DateOfInitialCPC'
FROM bad b JOIN cin_details d ON d.child_seq = b.child_seq AND d.cin_seq = b.cin_seq
WHERE NOT b.has_s47
