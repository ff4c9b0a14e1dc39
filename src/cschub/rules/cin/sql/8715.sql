-- 8715: Date of Initial Child Protection Conference (of a Section 47 enquiry) must fall within
-- the census year.
SELECT 'Section47' AS tbl, s.row_no
FROM section47 s
CROSS JOIN meta m
WHERE s.dateofinitialcpc < m.collection_start
   OR s.dateofinitialcpc > m.collection_end
