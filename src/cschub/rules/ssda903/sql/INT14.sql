-- INT14: Internal Check: DOB in OC2 is different to DOB in Header.
SELECT 'OC2' AS tbl, f.row_no
FROM oc2 f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
