-- INT13: Internal Check: DOB in Missing is different to DOB in Header.
SELECT 'Missing' AS tbl, f.row_no
FROM missing f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
