-- Children in the SSDA903 Header table; a later year's return wins.
SELECT
    child AS pers_person_id,
    sex AS pers_sex,
    ethnic AS pers_ethnicity,
    dob AS pers_dob,
    upn AS pers_upn,
    CASE WHEN mother = '1' THEN 'Y' WHEN mother = '0' THEN 'N' END AS pers_is_mother,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 Header' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_header
