-- Referrals in the year, and those within 12 months of the same child's previous referral.
WITH referrals AS (
    SELECT cine_referral_date AS referral_date,
        LAG(cine_referral_date) OVER (
            PARTITION BY cine_person_id ORDER BY cine_referral_date, cine_referral_id
        ) AS previous_date
    FROM cin
    WHERE cine_referral_date IS NOT NULL
)
SELECT y.time_period,
    sum(CASE WHEN r.previous_date >= CAST(r.referral_date - INTERVAL '12 months' AS DATE)
        THEN 1 ELSE 0 END) AS numerator,
    count(r.referral_date) AS denominator
FROM years y
LEFT JOIN referrals r ON r.referral_date BETWEEN y.period_start AND y.period_end
GROUP BY y.time_period
