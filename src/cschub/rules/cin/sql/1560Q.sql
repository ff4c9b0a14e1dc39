-- 1560Q: Please check and either amend or provide a reason: Former UPN wrongly formatted. Where
-- present, a former UPN must be a UPN in form: 13 characters, a letter, 11 digits, then a digit or
-- (a temporary UPN) a letter other than I, O and S.
-- severity: query
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM child_identifiers
WHERE formerupn IS NOT NULL
  AND NOT (upper(formerupn) ~ '^[A-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$')
