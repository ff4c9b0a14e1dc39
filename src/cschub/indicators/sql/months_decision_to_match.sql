-- Children adopted in the year: months from the decision to place for adoption to the match.
WITH adopted AS (
    SELECT DISTINCT y.time_period, c.child
    FROM years y
    JOIN episodes c ON c.rec IN ('E11', 'E12') AND c.dec BETWEEN y.period_start AND y.period_end
),
dates AS (
    SELECT perm_person_id AS child, max(perm_adm_decision_date) AS decided,
        max(perm_matched_date) AS matched
    FROM ssd_permanence
    WHERE la_code = '{la}'
    GROUP BY perm_person_id
)
SELECT y.time_period,
    sum(CASE WHEN d.matched >= d.decided THEN (d.matched - d.decided) * 12.0 / 365.25 END)
        AS numerator,
    count(CASE WHEN d.matched >= d.decided THEN 1 END) AS denominator
FROM years y
LEFT JOIN adopted a ON a.time_period = y.time_period
LEFT JOIN dates d ON d.child = a.child
GROUP BY y.time_period
