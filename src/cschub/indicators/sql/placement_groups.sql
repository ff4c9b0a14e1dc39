-- Children looked after on 31 March by the kind of placement they were in that day.
SELECT m.time_period,
    CASE
        WHEN upper(m.place) IN ('U1','U2','U3','U4','U5','U6') THEN 'Foster placements'
        WHEN upper(m.place) IN ('K1','K2') THEN 'Secure homes and children''s homes'
        WHEN upper(m.place) IN ('P2','H5') THEN 'Independent and semi-independent living'
        WHEN upper(m.place) IN ('A3','A4','A5','A6') THEN 'Placed for adoption'
        WHEN upper(m.place) = 'P1' THEN 'Placed with parents'
        ELSE 'Other placements'
    END AS category,
    count(DISTINCT m.child) AS children
FROM cla_31_march m
GROUP BY 1, 2
