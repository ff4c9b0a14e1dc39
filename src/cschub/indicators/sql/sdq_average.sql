-- SDQ scores (0-40) recorded for the year of children aged 4 to 16 on 31 March.
SELECT y.time_period, sum(s.csdq_sdq_score) AS numerator, count(s.csdq_sdq_score) AS denominator
FROM years y
LEFT JOIN (
    SELECT s.csdq_sdq_completed_date, s.csdq_sdq_score, p.pers_dob
    FROM ssd_sdq_scores s
    JOIN person p ON p.pers_person_id = s.csdq_person_id
    WHERE s.la_code = '{la}' AND s.csdq_sdq_score BETWEEN 0 AND 40
) s ON s.csdq_sdq_completed_date = y.period_end
    AND age_years(s.pers_dob, y.period_end) BETWEEN 4 AND 16
GROUP BY y.time_period
