-- Cases held on 30 September by social workers in post (employed or agency) who held at least
-- one, and their FTE on 30 September (FTE30, else FTE).
SELECT y.time_period, sum(w.cases_30) AS numerator, sum(COALESCE(w.fte_30, w.fte)) AS denominator
FROM years y
LEFT JOIN census_workers w ON w.time_period = y.time_period AND w.in_post AND w.cases_30 >= 1
GROUP BY y.time_period
