-- Section 47 enquiries of a CIN episode.
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/S'
        || COALESCE(CAST(s.s47actualstartdate AS VARCHAR), '#' || CAST(s.row_no AS VARCHAR))
        AS s47e_s47_enquiry_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') AS s47e_referral_id,
    s.lachildid AS s47e_person_id, s.s47actualstartdate AS s47e_s47_start_date,
    CASE WHEN lower(s.icpcnotrequired) IN ('true', '1') THEN TRUE
         WHEN lower(s.icpcnotrequired) IN ('false', '0') THEN FALSE END AS s47e_icpc_not_required,
    s.submission_id AS _submission_id, s.file_id AS _file_id, s.line AS _line,
    s.xml_path AS _xml_path, s.lachildid AS _child, 'cin Section47' AS _source,
    10000 - s._year_start AS _rank
FROM v_cin_section47 s
JOIN v_cin_cin_details d ON d.submission_id = s.submission_id AND d.child_seq = s.child_seq
    AND d.cin_seq = s.cin_seq
