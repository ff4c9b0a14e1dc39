-- 231: We expect that unaccompanied asylum seeking children are generally older young people.
-- Please check the date of birth is correct: a UASC child (in the UASC table) under 11 at 31 March.
SELECT 'Header' AS tbl, h.row_no
FROM header h CROSS JOIN meta m
WHERE h.dob > CAST(m.collection_end - INTERVAL '11 years' AS DATE)
  AND EXISTS (SELECT 1 FROM uasc u WHERE u.child = h.child)
