-- 8842Q: Review record has a missing date.
-- severity: query
SELECT 'CPPreviews' AS tbl, row_no FROM cpp_reviews WHERE cppreviewdate IS NULL
