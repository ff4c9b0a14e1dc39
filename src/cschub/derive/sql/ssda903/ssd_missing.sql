-- Missing (M) or away from placement without authorisation (A) episodes.
SELECT child || '/' || CAST(mis_start AS VARCHAR) AS miss_table_id, child AS miss_person_id,
    mis_start AS miss_missing_episode_start_date, missing AS miss_missing_episode_type,
    mis_end AS miss_missing_episode_end_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 Missing' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_missing
