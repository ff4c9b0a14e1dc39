-- Social workers named in SWEpisodes (SW_ID is the Social Work England registration number);
-- one row per worker per return, however many children they had.
SELECT sw_id AS prof_professional_id, sw_id AS prof_social_worker_registration_no,
    submission_id AS _submission_id, min(file_id) AS _file_id, min(line) AS _line,
    min(xml_path) AS _xml_path, NULL AS _child, 'ssda903 SWEpisodes' AS _source,
    10000 - _year_start AS _rank
FROM v_ssda903_sw_episodes
WHERE sw_id IS NOT NULL
GROUP BY sw_id, submission_id, _year_start
