-- 301: Date of birth falls after the year ended.
SELECT 'Header' AS tbl, row_no
FROM header CROSS JOIN meta
WHERE dob > meta.collection_end
