-- 304: Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the
-- 18th birthday of a child.
SELECT 'UASC' AS tbl, row_no
FROM uasc
WHERE duc > CAST(dob + INTERVAL '18 years' AS DATE)
