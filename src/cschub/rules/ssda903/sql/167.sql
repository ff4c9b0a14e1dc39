-- 167: Data entry for participation is invalid or blank.
SELECT 'Reviews' AS tbl, row_no
FROM reviews
WHERE review_code IS NULL OR upper(review_code) NOT IN (SELECT code FROM codes WHERE code_set = 'REVIEW_CODE')
