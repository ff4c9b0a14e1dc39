-- Children in the CIN census (ChildIdentifiers and ChildCharacteristics); the latest census wins.
SELECT lachildid AS pers_person_id, sex AS pers_sex, gendercurrent AS pers_gender,
    ethnicity AS pers_ethnicity, personbirthdate AS pers_dob,
    expectedpersonbirthdate AS pers_expected_dob, persondeathdate AS pers_death_date,
    upn AS pers_upn, upnunknown AS pers_upn_unknown,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    lachildid AS _child, 'cin ChildIdentifiers' AS _source, 10000 - _year_start AS _rank
FROM v_cin_child_identifiers
