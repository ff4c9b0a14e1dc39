-- OC2 immunisations up to date (1/0) at 31 March; the latest year's return wins.
SELECT child AS clai_person_id, immunisations AS clai_immunisations_status,
    CAST(CAST(_year_start + 1 AS VARCHAR) || '-03-31' AS DATE) AS clai_immunisations_status_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 OC2' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_oc2
WHERE immunisations IS NOT NULL
