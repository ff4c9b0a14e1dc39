-- Children looked after on 31 March who were UASC on that day.
SELECT y.time_period, count(DISTINCT u.child) AS numerator
FROM years y
LEFT JOIN cla_31_march c ON c.time_period = y.time_period
LEFT JOIN uasc u ON u.child = c.child
    AND (u.uasc_from IS NULL OR u.uasc_from <= y.period_end)
    AND (u.uasc_to IS NULL OR u.uasc_to > y.period_end)
GROUP BY y.time_period
