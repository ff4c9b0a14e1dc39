-- Factors identified at the end of an assessment: one row per factor.
SELECT d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/A'
        || COALESCE(replace(CAST(a.assessmentactualstartdate AS VARCHAR), '-', ''),
                    '#' || CAST(a.assessment_seq AS VARCHAR)) AS cinf_assessment_id,
    f.assessmentfactors AS cinf_assessment_factor,
    d.lachildid || '/' || replace(CAST(d.cinreferraldate AS VARCHAR), '-', '') || '/A'
        || COALESCE(replace(CAST(a.assessmentactualstartdate AS VARCHAR), '-', ''),
                    '#' || CAST(a.assessment_seq AS VARCHAR)) || '/' || f.assessmentfactors
        AS cinf_table_id,
    f.submission_id AS _submission_id, f.file_id AS _file_id, f.line AS _line,
    f.xml_path AS _xml_path, f.lachildid AS _child, 'cin AssessmentFactors' AS _source,
    10000 - f._year_start AS _rank
FROM v_cin_assessment_factors f
JOIN v_cin_assessments a ON a.submission_id = f.submission_id AND a.child_seq = f.child_seq
    AND a.cin_seq = f.cin_seq AND a.assessment_seq = f.assessment_seq
JOIN v_cin_cin_details d ON d.submission_id = a.submission_id AND d.child_seq = a.child_seq
    AND d.cin_seq = a.cin_seq
