-- Initial child protection conferences: those following a section 47 enquiry (with its target
-- date), and those recorded on the CIN episode itself (DateOfInitialCPC).
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/I'
        || replace(CAST(s.dateofinitialcpc AS VARCHAR), '-', '') AS icpc_icpc_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/S'
        || COALESCE(CAST(s.s47actualstartdate AS VARCHAR), '#' || CAST(s.row_no AS VARCHAR))
        AS icpc_s47_enquiry_id,
    s.lachildid AS icpc_person_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') AS icpc_referral_id,
    s.initialcpctarget AS icpc_icpc_target_date, s.dateofinitialcpc AS icpc_icpc_date,
    s.submission_id AS _submission_id, s.file_id AS _file_id, s.line AS _line,
    s.xml_path AS _xml_path, s.lachildid AS _child, 'cin Section47' AS _source,
    10000 - s._year_start AS _rank
FROM v_cin_section47 s
JOIN v_cin_cin_details d ON d.submission_id = s.submission_id AND d.child_seq = s.child_seq
    AND d.cin_seq = s.cin_seq
WHERE s.dateofinitialcpc IS NOT NULL
UNION ALL
SELECT lachildid || '/' || replace(CAST(cinreferraldate AS VARCHAR), '-', '') || '/I' || replace(CAST(dateofinitialcpc AS VARCHAR), '-', ''), NULL, lachildid,
    lachildid || '/' || replace(CAST(cinreferraldate AS VARCHAR), '-', ''), NULL, dateofinitialcpc,
    submission_id, file_id, line, xml_path, lachildid, 'cin CINdetails',
    10001 - _year_start
FROM v_cin_cin_details
WHERE dateofinitialcpc IS NOT NULL
