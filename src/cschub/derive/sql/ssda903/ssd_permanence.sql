-- Adoption: AD1 (decision, match, adopters) and PlacedAdoption (placed, placement ceased).
SELECT child || '/AD1' AS perm_table_id, child AS perm_person_id, child AS perm_cla_id,
    date_int AS perm_adm_decision_date, date_match AS perm_matched_date,
    foster_care AS perm_adopted_by_carer_flag, nb_adoptr AS perm_number_of_adopters,
    sex_adoptr AS perm_adopter_sex, ls_adoptr AS perm_adopter_legal_status,
    NULL AS perm_placed_for_adoption_date, NULL AS perm_decision_reversed_date,
    NULL AS perm_decision_reversed_reason,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 AD1' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_ad1
UNION ALL
SELECT child || '/PA/' || CAST(date_placed AS VARCHAR), child, child,
    NULL, NULL, NULL, NULL, NULL, NULL,
    date_placed, date_placed_ceased, reason_placed_ceased,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 PlacedAdoption', 10000 - _year_start AS _rank
FROM v_ssda903_placed_adoption
