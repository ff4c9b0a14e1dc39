-- CIN episodes open at 31 March.
SELECT y.time_period, count(c.cine_referral_id) AS numerator
FROM years y
LEFT JOIN cin c ON c.cine_referral_date <= y.period_end
    AND (c.cine_close_date IS NULL OR c.cine_close_date > y.period_end)
GROUP BY y.time_period
