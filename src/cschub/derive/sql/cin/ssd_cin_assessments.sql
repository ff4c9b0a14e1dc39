-- Assessments, linked to their CIN episode within the same census.
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/A'
        || COALESCE(replace(CAST(a.assessmentactualstartdate AS VARCHAR), '-', ''),
                    '#' || CAST(a.assessment_seq AS VARCHAR)) AS cina_assessment_id,
    a.lachildid AS cina_person_id,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') AS cina_referral_id,
    a.assessmentactualstartdate AS cina_assessment_start_date,
    a.assessmentauthorisationdate AS cina_assessment_auth_date,
    a.assessmentinternalreviewdate AS cina_assessment_internal_review_date,
    a.submission_id AS _submission_id, a.file_id AS _file_id, a.line AS _line,
    a.xml_path AS _xml_path, a.lachildid AS _child, 'cin Assessments' AS _source,
    10000 - a._year_start AS _rank
FROM v_cin_assessments a
JOIN v_cin_cin_details d ON d.submission_id = a.submission_id AND d.child_seq = a.child_seq
    AND d.cin_seq = a.cin_seq
