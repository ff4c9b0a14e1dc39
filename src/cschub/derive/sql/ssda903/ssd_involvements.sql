-- Social worker episodes: which social worker a looked-after child had, from when to when.
SELECT child || '/' || sw_id || '/' || CAST(sw_decom AS VARCHAR) AS invo_involvements_id,
    sw_id AS invo_professional_id, 'SW' AS invo_professional_role_id,
    sw_decom AS invo_involvement_start_date, sw_dec AS invo_involvement_end_date,
    sw_reason AS invo_worker_change_reason, child AS invo_person_id,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 SWEpisodes' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_sw_episodes
