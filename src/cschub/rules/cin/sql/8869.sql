-- 8869: The assessment factors code 21 cannot be used in conjunction with any other factors.
SELECT 'AssessmentFactors' AS tbl, row_no
FROM (SELECT row_no,
        sum(CASE WHEN trim(assessmentfactors) = '21' THEN 1 ELSE 0 END)
            OVER (PARTITION BY child_seq, cin_seq, assessment_seq) AS with_21,
        count(*) OVER (PARTITION BY child_seq, cin_seq, assessment_seq) AS factors
      FROM assessment_factors WHERE assessmentfactors IS NOT NULL) f
WHERE with_21 > 0 AND factors > 1
