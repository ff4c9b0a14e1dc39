-- FTE vacancies on 30 September (the census's LA-level figure), and vacancies plus the
-- LA-employed FTE in post.
SELECT p.time_period, sum(c.wfce_vacancies_fte) AS numerator,
    COALESCE(sum(c.wfce_vacancies_fte), 0) + COALESCE(max(p.fte), 0) AS denominator
FROM in_post_fte p
LEFT JOIN ssd_workforce_census c ON c.la_code = '{la}'
    AND EXTRACT(YEAR FROM c.wfce_census_date) = p.time_period
GROUP BY p.time_period
