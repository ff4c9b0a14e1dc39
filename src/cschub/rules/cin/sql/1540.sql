-- 1540: UPN invalid (characters 5-12 not all numeric). Where a UPN is present, characters 5 to 12
-- must all be digits (a UPN too short to have them fails).
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE upn IS NOT NULL
  AND NOT (substr(upn, 5, 8) ~ '^[0-9]{8}$')
