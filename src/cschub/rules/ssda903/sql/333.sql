-- 333: Date should be placed for adoption must be on or prior to the date of matching child with
-- adopter(s) (and given when a matching date is).
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE date_match IS NOT NULL AND (date_int IS NULL OR date_int > date_match)
