-- Children starting a period of care in the year who were UASC on the day they started.
SELECT y.time_period, count(DISTINCT c.child) AS numerator
FROM years y
LEFT JOIN (
    SELECT c.child, c.decom
    FROM care c
    JOIN uasc u ON u.child = c.child
        AND (u.uasc_from IS NULL OR u.uasc_from <= c.decom)
        AND (u.uasc_to IS NULL OR u.uasc_to > c.decom)
    WHERE c.rne = 'S'
) c ON c.decom BETWEEN y.period_start AND y.period_end
GROUP BY y.time_period
