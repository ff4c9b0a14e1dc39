-- 8615: Section 47 Enquiry Start Date must be present and cannot be later than the date of the
-- initial Child Protection Conference (checked where that conference date is given).
SELECT 'Section47' AS tbl, row_no
FROM section47
WHERE dateofinitialcpc IS NOT NULL
  AND (s47actualstartdate IS NULL OR s47actualstartdate > dateofinitialcpc)
