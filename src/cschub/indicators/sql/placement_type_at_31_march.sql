-- Children looked after on 31 March, and those whose placement that day is one of the codes.
SELECT y.time_period,
    count(DISTINCT CASE WHEN upper(m.place) IN ({places}) THEN m.child END) AS numerator,
    count(DISTINCT m.child) AS denominator
FROM years y
LEFT JOIN cla_31_march m ON m.time_period = y.time_period
GROUP BY y.time_period
