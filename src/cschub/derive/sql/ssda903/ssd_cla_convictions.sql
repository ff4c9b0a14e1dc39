-- OC2 CONVICTED = 1: convicted during the year (the return gives no date or offence).
SELECT child || '/' || _year AS clac_cla_conviction_id, child AS clac_person_id,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 OC2' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_oc2
WHERE convicted = '1'
