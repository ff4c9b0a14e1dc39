-- 2883: There are more child protection plans starting than initial conferences taking place.
-- The number of CPPstartDates in the census year must not exceed the number of DateOfInitialCPCs
-- in the census year, counted in both the CINdetails and the Section47 modules. LA level.
WITH counts AS (
    SELECT
        (SELECT COUNT(*) FROM child_protection_plans p, meta m
         WHERE p.cppstartdate BETWEEN m.collection_start AND m.collection_end) AS plans,
        (SELECT COUNT(*) FROM cin_details d, meta m
         WHERE d.dateofinitialcpc BETWEEN m.collection_start AND m.collection_end)
      + (SELECT COUNT(*) FROM section47 s, meta m
         WHERE s.dateofinitialcpc BETWEEN m.collection_start AND m.collection_end) AS conferences
)
SELECT CAST(NULL AS VARCHAR) AS tbl, CAST(NULL AS INTEGER) AS row_no
FROM counts
WHERE plans > conferences
