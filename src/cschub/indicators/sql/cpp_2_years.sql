-- Plans open at 31 March, and those that had lasted 2 years or more by then.
SELECT y.time_period,
    sum(CASE WHEN p.cppl_cp_plan_start_date <= CAST(y.period_end - INTERVAL '2 years' AS DATE)
        THEN 1 ELSE 0 END) AS numerator,
    count(p.cppl_cp_plan_id) AS denominator
FROM years y
LEFT JOIN cp_plans p ON p.cppl_cp_plan_start_date <= y.period_end
    AND (p.cppl_cp_plan_end_date IS NULL OR p.cppl_cp_plan_end_date > y.period_end)
GROUP BY y.time_period
