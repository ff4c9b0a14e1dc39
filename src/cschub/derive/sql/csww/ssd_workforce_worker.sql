-- Every CSWWWorker of every census, keyed by census date and SWE number (the worker's position
-- in the file when the number is missing).
SELECT replace(CAST(d.census_date AS VARCHAR), '-', '') || '/'
        || COALESCE(w.sweno, '#' || CAST(w.worker_seq AS VARCHAR)) AS wfwk_worker_id,
    d.census_date AS wfwk_census_date, w.sweno AS wfwk_social_worker_registration_no,
    w.agencyworker AS wfwk_agency_worker, w.fte AS wfwk_fte, w.personbirthdate AS wfwk_dob,
    w.gendercurrent AS wfwk_gender_current, w.ethnicity AS wfwk_ethnicity,
    w.quallevel AS wfwk_qual_level, w.stepupgrad AS wfwk_step_up_graduate,
    w.orgrole AS wfwk_org_role, w.rolestartdate AS wfwk_role_start_date,
    w.startorigin AS wfwk_start_origin, w.roleenddate AS wfwk_role_end_date,
    w.leaverdestination AS wfwk_leaver_destination, w.reasonleave AS wfwk_reason_leave,
    w.fte30 AS wfwk_fte_30, w.cases30 AS wfwk_cases_30,
    w.workingdayslost AS wfwk_working_days_lost, w.frontlinegrad AS wfwk_frontline_graduate,
    w.submission_id AS _submission_id, w.file_id AS _file_id, w.line AS _line,
    w.xml_path AS _xml_path, NULL AS _child, 'csww CSWWWorker' AS _source,
    10000 - w._year_start AS _rank
FROM v_csww_workers w
JOIN (
    SELECT s.submission_id, COALESCE(max(h.referencedate),
        CAST(CAST(max(s._year_start) + 1 AS VARCHAR) || '-09-30' AS DATE)) AS census_date
    FROM (SELECT DISTINCT submission_id, _year_start FROM v_csww_workers) s
    LEFT JOIN v_csww_header h ON h.submission_id = s.submission_id
    GROUP BY s.submission_id
) d ON d.submission_id = w.submission_id
