-- Unaccompanied asylum-seeking children (SSDA903 UASC table); DUC ends the status.
SELECT
    child || '/UASC' AS immi_immigration_status_id,
    child AS immi_person_id,
    'UASC' AS immi_immigration_status,
    duc AS immi_immigration_status_end_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 UASC' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_uasc
