-- Plans starting in the year, and those for a child with an earlier plan.
WITH plans AS (
    SELECT p.cppl_cp_plan_start_date AS start_date,
        CASE WHEN p.cppl_cp_plan_number_previous > 0 OR EXISTS (
            SELECT 1 FROM cp_plans q
            WHERE q.cppl_person_id = p.cppl_person_id
              AND q.cppl_cp_plan_start_date < p.cppl_cp_plan_start_date
        ) THEN 1 ELSE 0 END AS subsequent
    FROM cp_plans p
)
SELECT y.time_period, sum(p.subsequent) AS numerator, count(p.start_date) AS denominator
FROM years y
LEFT JOIN plans p ON p.start_date BETWEEN y.period_start AND y.period_end
GROUP BY y.time_period
