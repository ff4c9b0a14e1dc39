-- Annex A list 1: contacts in the 12 months before the inspection date.
SELECT child_id || '/' || replace(CAST(contact_date AS VARCHAR), '-', '') AS cont_contact_id,
    child_id AS cont_person_id, contact_date AS cont_contact_date,
    contact_source AS cont_contact_source_code,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child_id AS _child, 'annex_a List1' AS _source, 10000 - _year_start AS _rank
FROM v_annex_a_list_1
