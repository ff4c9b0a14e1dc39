-- OC2 strengths and difficulties questionnaire: score, or the reason there is none.
SELECT child || '/' || _year AS csdq_table_id, child AS csdq_person_id,
    CAST(CAST(_year_start + 1 AS VARCHAR) || '-03-31' AS DATE) AS csdq_sdq_completed_date, sdq_score AS csdq_sdq_score, sdq_reason AS csdq_sdq_reason,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 OC2' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_oc2
WHERE sdq_score IS NOT NULL OR sdq_reason IS NOT NULL
