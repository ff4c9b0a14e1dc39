-- Care leavers whose birthday in the year was their {min_age}th to {max_age}th (OC3 rows of the
-- year, see below), less those who died or returned home; those in accommodation considered suitable
-- (SSDA903 ACCOM codes ending 1; an SSD extract's suitability flag Y).
WITH cohort AS (
    SELECT y.time_period, l.clea_care_leaver_accommodation AS accommodation,
        l.clea_care_leaver_accom_suitable AS suitable
    FROM years y
    JOIN ssd_care_leavers l ON l.la_code = '{la}' AND (
        -- an OC3 row of the year (SSDA903), a latest contact in the year, or (an SSD extract's
        -- current state with no contact date) the latest year the LA has returns for
        l.clea_table_id LIKE '%/' || CAST(EXTRACT(year FROM y.period_start) AS VARCHAR) || '-%'
        OR l.clea_care_leaver_latest_contact BETWEEN y.period_start AND y.period_end
        OR (l.clea_table_id NOT LIKE '%/%' AND l.clea_care_leaver_latest_contact IS NULL
            AND y.time_period = {latest}))
    JOIN person p ON p.pers_person_id = l.clea_person_id
    WHERE coalesce(upper(l.clea_care_leaver_in_touch), '') NOT IN ('DIED', 'RHOM')
      AND age_years(p.pers_dob, y.period_end) BETWEEN {min_age} AND {max_age}
)
SELECT y.time_period,
    count(CASE WHEN upper(c.accommodation) LIKE '_1' OR upper(c.suitable) IN ('Y', 'YES', '1')
        THEN 1 END) AS numerator,
    count(c.time_period) AS denominator
FROM years y
LEFT JOIN cohort c ON c.time_period = y.time_period
GROUP BY y.time_period
