-- Children starting a period of care in the year (counted once each).
SELECT y.time_period, count(DISTINCT c.child) AS numerator
FROM years y
LEFT JOIN care c ON c.rne = 'S' AND c.decom BETWEEN y.period_start AND y.period_end
GROUP BY y.time_period
