-- Workers of the CSWW census (the SWE number is the id, as SSDA903 SWEpisodes' SW_ID): the
-- latest census wins, and wins over the SSDA903 rows, which carry only the id.
SELECT sweno AS prof_professional_id, sweno AS prof_social_worker_registration_no,
    CASE agencyworker WHEN '1' THEN 'Y' WHEN '0' THEN 'N' END AS prof_agency_worker_flag,
    fte AS prof_full_time_equivalency, cases30 AS prof_professional_caseload,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line,
    xml_path AS _xml_path, NULL AS _child, 'csww CSWWWorker' AS _source,
    5000 - _year_start AS _rank
FROM v_csww_workers
WHERE sweno IS NOT NULL
