-- 8675Q: Please check and either amend data or provide a reason: S47 Enquiry started more than 15
-- working days before the end of the census year. However, there is no date of Initial Child
-- Protection Conference. A section 47 enquiry with no conference date whose conference was not
-- marked as not required (ICPCnotRequired false or 0) is queried when it started before the day
-- 15 working days before 31 March (England and Wales: weekends and bank holidays excluded).
-- severity: query
SELECT 'Section47' AS tbl, s.row_no
FROM section47 s
JOIN (SELECT working_day_before(collection_end, 15) AS day FROM meta) w
  ON s.s47actualstartdate < w.day
WHERE s.dateofinitialcpc IS NULL
  AND lower(s.icpcnotrequired) IN ('false', '0')
