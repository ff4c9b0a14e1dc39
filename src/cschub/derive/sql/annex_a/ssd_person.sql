-- Children named in any Annex A list of children (list 11 is adopters); a statutory return's
-- details win over Annex A's (rank 20000 and over).
SELECT child_id AS pers_person_id, gender AS pers_sex, ethnicity AS pers_ethnicity,
    date_of_birth AS pers_dob,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child_id AS _child, 'annex_a ' || lst AS _source, 20000 - _year_start AS _rank
FROM (
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List1' AS lst FROM v_annex_a_list_1
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List2' AS lst FROM v_annex_a_list_2
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List3' AS lst FROM v_annex_a_list_3
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List4' AS lst FROM v_annex_a_list_4
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List5' AS lst FROM v_annex_a_list_5
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List6' AS lst FROM v_annex_a_list_6
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List7' AS lst FROM v_annex_a_list_7
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List8' AS lst FROM v_annex_a_list_8
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List9' AS lst FROM v_annex_a_list_9
    UNION ALL
    SELECT child_id, gender, ethnicity, date_of_birth, submission_id, file_id, line, xml_path,
        _year_start, 'List10' AS lst FROM v_annex_a_list_10
) people
