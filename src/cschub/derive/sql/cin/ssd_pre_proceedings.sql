-- Pre-proceedings and family group decision making (CIN census from 2026-27).
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/PP'
        || COALESCE(replace(CAST(p.ppstartdate AS VARCHAR), '-', ''), '#' || CAST(p.row_no AS VARCHAR))
        AS prep_table_id,
    p.lachildid AS prep_person_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') AS prep_plo_family_id,
    p.ppstartdate AS prep_pre_pro_decision_date,
    p.initialppmeetingdate AS prep_initial_pre_pro_meeting_date,
    p.ppoutcome AS prep_pre_pro_outcome, p.stepdecisiondate AS prep_agree_stepdown_issue_date,
    p.lbpsentdate AS prep_pre_pro_letter_date, p.reviewmeetingscount AS prep_pre_pro_meetings_num,
    p.fgdmmeetingoffer AS prep_fgdm_meeting_offered,
    p.fgdmmeetingfac AS prep_fgdm_meeting_facilitated,
    p.courtappdate AS prep_court_application_date,
    p.submission_id AS _submission_id, p.file_id AS _file_id, p.line AS _line,
    p.xml_path AS _xml_path, p.lachildid AS _child, 'cin PreProceedings' AS _source,
    10000 - p._year_start AS _rank
FROM v_cin_pre_proceedings p
JOIN v_cin_cin_details d ON d.submission_id = p.submission_id AND d.child_seq = p.child_seq
    AND d.cin_seq = p.cin_seq
