-- Social workers named in SWEpisodes (SW_ID is the Social Work England registration number).
SELECT sw_id AS prof_professional_id, sw_id AS prof_social_worker_registration_no,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 SWEpisodes' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_sw_episodes
