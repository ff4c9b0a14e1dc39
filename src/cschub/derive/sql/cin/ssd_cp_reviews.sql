-- Every review of a child protection plan (all review dates, not only the first).
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/C'
        || COALESCE(replace(CAST(c.cppstartdate AS VARCHAR), '-', ''), '#' || CAST(c.cpp_seq AS VARCHAR))
        || '/R' || COALESCE(replace(CAST(r.cppreviewdate AS VARCHAR), '-', ''), '#' || CAST(r.row_no AS VARCHAR))
        AS cppr_cp_review_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/C'
        || COALESCE(replace(CAST(c.cppstartdate AS VARCHAR), '-', ''), '#' || CAST(c.cpp_seq AS VARCHAR))
        AS cppr_cp_plan_id,
    r.lachildid AS cppr_person_id, r.cppreviewdate AS cppr_cp_review_date,
    r.submission_id AS _submission_id, r.file_id AS _file_id, r.line AS _line,
    r.xml_path AS _xml_path, r.lachildid AS _child, 'cin Reviews' AS _source,
    10000 - r._year_start AS _rank
FROM v_cin_cpp_reviews r
JOIN v_cin_child_protection_plans c ON c.submission_id = r.submission_id
    AND c.child_seq = r.child_seq AND c.cin_seq = r.cin_seq AND c.cpp_seq = r.cpp_seq
JOIN v_cin_cin_details d ON d.submission_id = c.submission_id AND d.child_seq = c.child_seq
    AND d.cin_seq = c.cin_seq
