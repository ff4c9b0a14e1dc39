-- One row per disability code per child.
SELECT lachildid || '/' || disability AS disa_table_id, lachildid AS disa_person_id,
    disability AS disa_disability_code,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    lachildid AS _child, 'cin Disabilities' AS _source, 10000 - _year_start AS _rank
FROM v_cin_disabilities
