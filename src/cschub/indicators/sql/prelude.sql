-- Building blocks every indicator query may use (only those it names are computed).
-- years: one row per year asked for; {la}, {years} are filled in by compute.py.
years (time_period, period_start, period_end) AS (
    SELECT * FROM (VALUES {years}) AS y (time_period, period_start, period_end)
),
-- Looked-after episodes in the standard dataset with the placement and the legal status on
-- the day each started (legal statuses are matched by dates, so SSD extracts work too).
episodes AS (
    SELECT child, decom, dec, rne, rec, place, ls FROM (
        SELECT e.clae_person_id AS child,
            e.clae_cla_episode_start_date AS decom, e.clae_cla_episode_ceased_date AS dec,
            e.clae_cla_episode_start_reason AS rne, e.clae_cla_episode_ceased_reason AS rec,
            p.clap_cla_placement_type AS place, upper(l.lega_legal_status) AS ls,
            ROW_NUMBER() OVER (
                PARTITION BY e.clae_cla_episode_id ORDER BY l.lega_legal_status_start_date DESC
            ) AS pick
        FROM ssd_cla_episodes e
        LEFT JOIN ssd_cla_placement p
            ON p.la_code = e.la_code AND p.clap_cla_placement_id = e.clae_cla_placement_id
        LEFT JOIN ssd_legal_status l
            ON l.la_code = e.la_code AND l.lega_person_id = e.clae_person_id
            AND l.lega_legal_status_start_date <= e.clae_cla_episode_start_date
            AND (l.lega_legal_status_end_date IS NULL
                 OR l.lega_legal_status_end_date > e.clae_cla_episode_start_date
                 OR l.lega_legal_status_start_date = e.clae_cla_episode_start_date)
        WHERE e.la_code = '{la}'
    ) ranked
    WHERE pick = 1
),
-- Episodes that are not short breaks (legal status V3/V4), as the DfE counts children.
care AS (
    SELECT * FROM episodes WHERE ls IS NULL OR ls NOT IN ('V3', 'V4')
),
-- Children looked after on each year's 31 March.
cla_31_march AS (
    SELECT DISTINCT y.time_period, c.child, c.place
    FROM years y
    JOIN care c ON c.decom <= y.period_end AND (c.dec IS NULL OR c.dec > y.period_end)
),
cin AS (
    SELECT * FROM ssd_cin_episodes WHERE la_code = '{la}'
),
cp_plans AS (
    SELECT * FROM ssd_cp_plans WHERE la_code = '{la}'
),
person AS (
    SELECT * FROM ssd_person WHERE la_code = '{la}'
),
-- Unaccompanied asylum-seeking children (SSDA903 UASC table, or an SSD extract's wording).
uasc AS (
    SELECT immi_person_id AS child, immi_immigration_status_start_date AS uasc_from,
        immi_immigration_status_end_date AS uasc_to
    FROM ssd_immigration_status
    WHERE la_code = '{la}' AND (upper(immi_immigration_status) = 'UASC'
        OR upper(immi_immigration_status) LIKE 'UNACCOMPANIED ASYLUM%')
),
-- Each year's CSWW census (30 September of the time period's year) and its workers: employed
-- by the LA (AgencyWorker 0) or agency (1); in post when not left by the census date; a leaver
-- when the leaving date falls in the twelve months to the census date.
census_workers AS (
    SELECT y.time_period, w.wfwk_agency_worker AS agency, w.wfwk_fte AS fte,
        w.wfwk_fte_30 AS fte_30, w.wfwk_cases_30 AS cases_30, w.wfwk_ethnicity AS ethnicity,
        (w.wfwk_role_end_date IS NULL OR w.wfwk_role_end_date > w.wfwk_census_date) AS in_post,
        (w.wfwk_role_end_date <= w.wfwk_census_date
         AND w.wfwk_role_end_date > w.wfwk_census_date - INTERVAL '1 year') AS leaver
    FROM years y
    JOIN ssd_workforce_worker w ON w.la_code = '{la}'
        AND EXTRACT(YEAR FROM w.wfwk_census_date) = y.time_period
),
-- Employed (not agency) FTE in post at each census date.
in_post_fte AS (
    SELECT y.time_period, sum(w.fte) AS fte
    FROM years y
    LEFT JOIN census_workers w ON w.time_period = y.time_period AND w.agency = '0' AND w.in_post
    GROUP BY y.time_period
)
