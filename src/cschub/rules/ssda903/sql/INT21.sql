-- INT21: Internal Check: SEX in UASC is different to SEX in Header.
SELECT 'UASC' AS tbl, f.row_no
FROM uasc f
JOIN header h ON h.child = f.child
WHERE upper(f.sex) <> upper(h.sex)
