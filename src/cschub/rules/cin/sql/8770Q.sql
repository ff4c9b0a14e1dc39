-- 8770Q: UPN or a reason it is missing expected for a child who is more than 5 years old (6 or
-- over on 31 March) with a referral going on to further action. UN1 ("not of school age")
-- is not a reason for such a child.
-- severity: query
SELECT 'ChildIdentifiers' AS tbl, c.row_no
FROM child_identifiers c CROSS JOIN meta m
WHERE c.personbirthdate <= CAST(m.collection_end - INTERVAL '6 years' AS DATE)
  AND c.upn IS NULL
  AND coalesce(upper(trim(c.upnunknown)), '') NOT IN ('UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')
  AND EXISTS (SELECT 1 FROM cin_details d WHERE d.child_seq = c.child_seq
              AND lower(trim(d.referralnfa)) IN ('false', '0'))
