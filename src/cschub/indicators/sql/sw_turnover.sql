-- FTE of LA-employed social workers who left in the twelve months to 30 September, and the FTE
-- of those in post on 30 September.
SELECT p.time_period, sum(w.fte) AS numerator, max(p.fte) AS denominator
FROM in_post_fte p
LEFT JOIN census_workers w ON w.time_period = p.time_period AND w.agency = '0' AND w.leaver
GROUP BY p.time_period
