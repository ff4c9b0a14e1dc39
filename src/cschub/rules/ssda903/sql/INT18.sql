-- INT18: Internal Check: DOB in UASC is different to DOB in Header.
SELECT 'UASC' AS tbl, f.row_no
FROM uasc f
JOIN header h ON h.child = f.child
WHERE f.dob <> h.dob
