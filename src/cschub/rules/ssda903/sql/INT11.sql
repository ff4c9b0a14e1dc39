-- INT11: Internal Check: DOB in AD1 is different to DOB in Header.
SELECT 'AD1' AS tbl, f.row_no
FROM ad1 f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
