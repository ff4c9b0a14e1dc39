-- Children whose period of care ended in the year (REC other than X1), and those for a reason.
SELECT y.time_period,
    count(DISTINCT CASE WHEN c.rec IN ({reasons}) THEN c.child END) AS numerator,
    count(DISTINCT c.child) AS denominator
FROM years y
LEFT JOIN care c ON c.dec BETWEEN y.period_start AND y.period_end AND c.rec <> 'X1'
GROUP BY y.time_period
