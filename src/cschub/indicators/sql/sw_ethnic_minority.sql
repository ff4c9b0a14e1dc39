-- LA-employed social workers in post on 30 September whose ethnicity is known, counted by head,
-- and those of them from an ethnic minority background (any group but White British, White
-- Irish and any other White background).
SELECT y.time_period,
    count(CASE WHEN w.ethnicity NOT IN ('WBRI', 'WIRI', 'WOTH') THEN 1 END) AS numerator,
    count(w.ethnicity) AS denominator
FROM years y
LEFT JOIN census_workers w ON w.time_period = y.time_period AND w.agency = '0' AND w.in_post
    AND w.ethnicity IS NOT NULL AND w.ethnicity NOT IN ('REFU', 'NOBT')
GROUP BY y.time_period
