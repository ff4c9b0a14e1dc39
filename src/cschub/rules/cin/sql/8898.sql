-- 8898: The assessment has more than one parental or child factors with the same code.
SELECT 'AssessmentFactors' AS tbl, row_no
FROM (SELECT row_no, count(*) OVER (PARTITION BY child_seq, cin_seq, assessment_seq,
                                    upper(trim(assessmentfactors))) AS n
      FROM assessment_factors WHERE assessmentfactors IS NOT NULL) f
WHERE n > 1
