-- 8740: For a Section 47 Enquiry that has not held the Initial Child Protection Conference by
-- the end of the census year (no conference date and not marked as not required), the start
-- date must fall within the census year.
SELECT 'Section47' AS tbl, s.row_no
FROM section47 s CROSS JOIN meta m
WHERE s.dateofinitialcpc IS NULL
  AND coalesce(lower(trim(s.icpcnotrequired)), '') NOT IN ('true', '1')
  AND (s.s47actualstartdate IS NULL OR s.s47actualstartdate < m.collection_start
       OR s.s47actualstartdate > m.collection_end)
