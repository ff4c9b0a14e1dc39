-- 8841: The review date cannot be on the same day or before the Child Protection Plan start date.
SELECT 'CPPreviews' AS tbl, r.row_no
FROM cpp_reviews r
JOIN child_protection_plans p
  ON p.child_seq = r.child_seq AND p.cin_seq = r.cin_seq AND p.cpp_seq = r.cpp_seq
WHERE r.cppreviewdate <= p.cppstartdate
