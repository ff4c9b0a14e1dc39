-- Children looked after on 31 March by number of placements in the year: every episode open in
-- the year counts, except one starting in the year that changed only the legal status (RNE L).
WITH placements AS (
    SELECT y.time_period, c.child, count(*) AS placements
    FROM years y
    JOIN care c ON c.decom <= y.period_end AND (c.dec IS NULL OR c.dec >= y.period_start)
    WHERE NOT (c.rne = 'L' AND c.decom >= y.period_start)
    GROUP BY y.time_period, c.child
)
SELECT y.time_period,
    count(DISTINCT CASE WHEN p.placements >= 3 THEN m.child END) AS numerator,
    count(DISTINCT m.child) AS denominator
FROM years y
LEFT JOIN cla_31_march m ON m.time_period = y.time_period
LEFT JOIN placements p ON p.time_period = y.time_period AND p.child = m.child
GROUP BY y.time_period
