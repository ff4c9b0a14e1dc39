-- 8805: A CIN case cannot have a CIN closure date without a Reason for Closure.
SELECT 'CINdetails' AS tbl, row_no FROM cin_details
WHERE cinclosuredate IS NOT NULL AND reasonforclosure IS NULL
