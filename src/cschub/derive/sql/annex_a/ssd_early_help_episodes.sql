-- Annex A list 2: early help assessments in the 12 months before the inspection date.
SELECT child_id || '/EH' || replace(CAST(assessment_start_date AS VARCHAR), '-', '')
        AS earl_episode_id,
    child_id AS earl_person_id, assessment_start_date AS earl_episode_start_date,
    assessment_completion_date AS earl_episode_end_date,
    assessment_organisation AS earl_episode_organisation,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child_id AS _child, 'annex_a List2' AS _source, 10000 - _year_start AS _rank
FROM v_annex_a_list_2
