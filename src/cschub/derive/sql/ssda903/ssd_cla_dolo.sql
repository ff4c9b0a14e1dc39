-- Deprivation of liberty orders (SSDA903 DoLo table, from 2026-27).
SELECT child || '/' || CAST(dolo_start AS VARCHAR) AS dolo_table_id, child AS dolo_person_id,
    child AS dolo_cla_id, dolo_start AS dolo_start_date, dolo_end AS dolo_end_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 DoLo' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_dolo
