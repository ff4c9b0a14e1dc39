-- FTE of agency social workers in post on 30 September, and that plus the LA-employed FTE.
SELECT p.time_period, sum(w.fte) AS numerator,
    COALESCE(sum(w.fte), 0) + COALESCE(max(p.fte), 0) AS denominator
FROM in_post_fte p
LEFT JOIN census_workers w ON w.time_period = p.time_period AND w.agency = '1' AND w.in_post
GROUP BY p.time_period
