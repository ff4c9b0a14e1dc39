-- 8772: UPN unknown reason is UN7 (Referral with no further action) but at least one CIN
-- details is a referral going on to further action.
SELECT 'ChildIdentifiers' AS tbl, c.row_no
FROM child_identifiers c
WHERE upper(trim(c.upnunknown)) = 'UN7'
  AND EXISTS (SELECT 1 FROM cin_details d WHERE d.child_seq = c.child_seq
              AND lower(trim(d.referralnfa)) IN ('false', '0'))
