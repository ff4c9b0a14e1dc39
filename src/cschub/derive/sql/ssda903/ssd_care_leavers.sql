-- OC3 care leavers: in touch, activity and accommodation around the birthday in the year.
SELECT child || '/' || _year AS clea_table_id, child AS clea_person_id,
    in_touch AS clea_care_leaver_in_touch, activ AS clea_care_leaver_activity,
    accom AS clea_care_leaver_accommodation,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 OC3' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_oc3
