-- Children looked after on 31 March.
SELECT y.time_period, count(DISTINCT c.child) AS numerator
FROM years y
LEFT JOIN cla_31_march c ON c.time_period = y.time_period
GROUP BY y.time_period
