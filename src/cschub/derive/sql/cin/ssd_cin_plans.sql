-- CIN plans of a CIN episode.
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/P'
        || COALESCE(replace(CAST(p.cinplanstartdate AS VARCHAR), '-', ''), '#' || CAST(p.row_no AS VARCHAR))
        AS cinp_cin_plan_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') AS cinp_referral_id,
    p.lachildid AS cinp_person_id, p.cinplanstartdate AS cinp_cin_plan_start_date,
    p.cinplanenddate AS cinp_cin_plan_end_date,
    p.submission_id AS _submission_id, p.file_id AS _file_id, p.line AS _line,
    p.xml_path AS _xml_path, p.lachildid AS _child, 'cin CINplanDates' AS _source,
    10000 - p._year_start AS _rank
FROM v_cin_cin_plan_dates p
JOIN v_cin_cin_details d ON d.submission_id = p.submission_id AND d.child_seq = p.child_seq
    AND d.cin_seq = p.cin_seq
