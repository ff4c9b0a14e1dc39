-- CIN episodes with an assessment authorised in the year at whose end the factor was identified.
WITH flagged AS (
    SELECT DISTINCT a.cina_referral_id, a.cina_assessment_auth_date AS auth_date
    FROM ssd_cin_assessments a
    JOIN ssd_assessment_factors f ON f.la_code = a.la_code
        AND f.cinf_assessment_id = a.cina_assessment_id
    WHERE a.la_code = '{la}' AND upper(trim(f.cinf_assessment_factor)) = '{factor}'
)
SELECT y.time_period, count(DISTINCT f.cina_referral_id) AS numerator
FROM years y
LEFT JOIN flagged f ON f.auth_date BETWEEN y.period_start AND y.period_end
GROUP BY y.time_period
