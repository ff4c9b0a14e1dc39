-- 209: Child looked after is of school age and should not have an unknown Unique Pupil Number
-- (UPN) code of UN1: aged 4 or over on 31 August before the collection year began.
SELECT 'Header' AS tbl, row_no
FROM header CROSS JOIN meta
WHERE upper(upn) = 'UN1'
  AND CAST(dob + INTERVAL '4 years' AS DATE)
      <= CAST(meta.collection_start - INTERVAL '7 months' AS DATE) - 1
