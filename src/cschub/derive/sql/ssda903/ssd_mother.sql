-- A looked-after young woman who is a mother (Header MOTHER = 1): her child's date of birth.
SELECT
    child || '/MC' AS moth_table_id,
    child AS moth_person_id,
    mc_dob AS moth_childs_dob,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 Header' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_header
WHERE mother = '1'
