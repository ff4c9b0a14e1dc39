-- 1550: UPN invalid (character 13 not a recognised value). Where a UPN is present, character 13
-- must be a digit or a letter A-Z other than I, O and S (a UPN too short to have one fails).
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE upn IS NOT NULL
  AND NOT (upper(substr(upn, 13, 1)) ~ '^[0-9A-HJ-NP-RT-Z]$')
