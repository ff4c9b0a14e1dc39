-- 8770Q (2024-25 on): UPN is missing, or its reason is missing or UN1, for a child of school
-- age (born on or before 31 August six years before the 31 March) with a referral going on
-- to further action.
-- severity: query
SELECT 'ChildIdentifiers' AS tbl, c.row_no
FROM child_identifiers c CROSS JOIN meta m
WHERE c.personbirthdate <= CAST(m.collection_end + INTERVAL '5 months' - INTERVAL '6 years' AS DATE)
  AND c.upn IS NULL
  AND coalesce(upper(trim(c.upnunknown)), '') NOT IN ('UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')
  AND EXISTS (SELECT 1 FROM cin_details d WHERE d.child_seq = c.child_seq
              AND lower(trim(d.referralnfa)) IN ('false', '0'))
