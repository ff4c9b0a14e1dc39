-- 168: Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1 to UN5.
-- A UPN is a letter other than I, O and S, then 12 digits or 11 digits and a letter.
SELECT 'Header' AS tbl, row_no
FROM header
WHERE upn IS NOT NULL
  AND NOT (upn ~ '^[A-HJ-NP-RT-Z]([0-9]{12}|[0-9]{11}[A-Z])$' OR upn ~ '^UN[1-5]$')
