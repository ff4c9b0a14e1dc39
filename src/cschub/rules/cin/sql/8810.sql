-- 8810: A CIN case cannot have a Reason for Closure without a CIN Closure Date.
SELECT 'CINdetails' AS tbl, row_no FROM cin_details
WHERE reasonforclosure IS NOT NULL AND cinclosuredate IS NULL
