-- OC2 substance misuse and interventions, as at 31 March of the return's year.
SELECT child || '/' || _year AS clas_substance_misuse_id, child AS clas_person_id,
    CAST(CAST(_year_start + 1 AS VARCHAR) || '-03-31' AS DATE) AS clas_substance_misuse_date, substance_misuse AS clas_substance_misused,
    intervention_received AS clas_intervention_received,
    intervention_offered AS clas_intervention_offered,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 OC2' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_oc2
WHERE substance_misuse IS NOT NULL OR intervention_received IS NOT NULL
   OR intervention_offered IS NOT NULL
