-- The legal status on each SSDA903 episode row, with the row's dates.
SELECT
    child || '/' || CAST(decom AS VARCHAR) AS lega_legal_status_id,
    child AS lega_person_id,
    ls AS lega_legal_status,
    decom AS lega_legal_status_start_date,
    dec AS lega_legal_status_end_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 Episodes' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_episodes
