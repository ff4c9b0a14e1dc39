-- 112: Date should be placed for adoption is not a valid date.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE date_int IS NULL AND trim(date_int_raw) <> ''
