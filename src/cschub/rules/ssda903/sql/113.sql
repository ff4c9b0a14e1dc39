-- 113: Date matching child and adopter(s) is not a valid date.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE date_match IS NULL AND trim(date_match_raw) <> ''
