-- SSDA903 reviews of a child's care plan; clar_cla_id is the child's looked-after record.
SELECT
    child || '/' || CAST(review AS VARCHAR) AS clar_cla_review_id,
    child AS clar_cla_id,
    review AS clar_cla_review_date,
    review_code AS clar_cla_review_participation,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 Reviews' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_reviews
