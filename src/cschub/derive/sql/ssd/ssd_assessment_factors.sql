-- The SSD holds an assessment's factors as a JSON array of codes (cinf_assessment_factors_json,
-- e.g. ["1C", "4A"]); the standard dataset has one row per factor.
SELECT cinf_assessment_id || '/' || factor AS cinf_table_id, cinf_assessment_id,
    factor AS cinf_assessment_factor,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    NULL AS _child, 'ssd ssd_assessment_factors' AS _source, 0 AS _rank
FROM (
    SELECT *, unnest(regexp_split_to_array(
        regexp_replace(cinf_assessment_factors_json, '[][" ]', '', 'g'), ',')) AS factor
    FROM v_ssd_ssd_assessment_factors
) f
WHERE factor <> ''
