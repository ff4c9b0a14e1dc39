-- INT15: Internal Check: DOB in OC3 is different to DOB in Header.
SELECT 'OC3' AS tbl, f.row_no
FROM oc3 f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
