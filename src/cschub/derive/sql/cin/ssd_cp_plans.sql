-- Child protection plans of a CIN episode.
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/C'
        || COALESCE(replace(CAST(c.cppstartdate AS VARCHAR), '-', ''), '#' || CAST(c.cpp_seq AS VARCHAR))
        AS cppl_cp_plan_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') AS cppl_referral_id,
    c.lachildid AS cppl_person_id, c.cppstartdate AS cppl_cp_plan_start_date,
    c.cppenddate AS cppl_cp_plan_end_date,
    c.initialcategoryofabuse AS cppl_cp_plan_initial_category,
    c.latestcategoryofabuse AS cppl_cp_plan_latest_category,
    c.numberofpreviouscpp AS cppl_cp_plan_number_previous,
    c.submission_id AS _submission_id, c.file_id AS _file_id, c.line AS _line,
    c.xml_path AS _xml_path, c.lachildid AS _child, 'cin ChildProtectionPlans' AS _source,
    10000 - c._year_start AS _rank
FROM v_cin_child_protection_plans c
JOIN v_cin_cin_details d ON d.submission_id = c.submission_id AND d.child_seq = c.child_seq
    AND d.cin_seq = c.cin_seq
