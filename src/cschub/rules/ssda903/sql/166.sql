-- 166: Date of review is invalid or blank.
SELECT 'Reviews' AS tbl, row_no
FROM reviews
WHERE review IS NULL
