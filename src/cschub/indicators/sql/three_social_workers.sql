-- Children looked after on 31 March, and those with 3 or more different social workers whose
-- involvement overlapped the year.
WITH workers AS (
    SELECT y.time_period, i.invo_person_id AS child,
        count(DISTINCT i.invo_professional_id) AS workers
    FROM years y
    JOIN ssd_involvements i ON i.la_code = '{la}' AND upper(i.invo_professional_role_id) IN ('SW', 'SOCIAL WORKER')
        AND i.invo_involvement_start_date <= y.period_end
        AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date >= y.period_start)
    GROUP BY y.time_period, i.invo_person_id
)
SELECT y.time_period,
    count(DISTINCT CASE WHEN w.workers >= 3 THEN m.child END) AS numerator,
    count(DISTINCT m.child) AS denominator
FROM years y
LEFT JOIN cla_31_march m ON m.time_period = y.time_period
LEFT JOIN workers w ON w.time_period = y.time_period AND w.child = m.child
GROUP BY y.time_period
