-- INT17: Internal Check: DOB in Reviews is different to DOB in Header.
SELECT 'Reviews' AS tbl, f.row_no
FROM reviews f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
