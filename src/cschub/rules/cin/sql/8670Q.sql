-- 8670Q: Please check and either amend data or provide a reason: Assessment started more than 45
-- working days before the end of the census year. However, there is no Assessment end date.
-- An assessment with no authorisation date is queried when it started before the day 45
-- working days before 31 March (England: weekends, Good Friday and Easter Monday excluded; the
-- 80 days looked back over run from mid-January, so no other bank holiday can fall in them).
-- severity: query
WITH digits(n) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)),
yr AS (
    SELECT collection_end AS anchor,
           CAST(EXTRACT(year FROM collection_end) AS INTEGER) AS y
    FROM meta
),
gauss AS (  -- Gauss's Easter rule, valid 1900-2099
    SELECT anchor, y, y % 19 AS a, (19 * (y % 19) + 24) % 30 AS dd
    FROM yr
),
easter AS (
    SELECT anchor,
           CAST(CAST(y AS VARCHAR) || '-03-22' AS DATE) + dd + e
           - CASE WHEN (dd = 29 AND e = 6) OR (dd = 28 AND e = 6 AND a > 10) THEN 7 ELSE 0 END
             AS sunday
    FROM (SELECT anchor, y, a, dd, (2 * (y % 4) + 4 * (y % 7) + 6 * dd + 5) % 7 AS e
          FROM gauss) g
),
days AS (
    SELECT x.anchor - (t.n * 10 + u.n + 1) AS d, x.sunday
    FROM easter x CROSS JOIN digits t CROSS JOIN digits u
    WHERE t.n < 8
),
working AS (
    SELECT d, ROW_NUMBER() OVER (ORDER BY d DESC) AS n
    FROM days
    WHERE (d - DATE '2000-01-03') % 7 < 5  -- Monday to Friday
      AND d <> sunday - 2 AND d <> sunday + 1
)
SELECT 'Assessments' AS tbl, a.row_no
FROM assessments a
JOIN working w ON w.n = 45
WHERE a.assessmentauthorisationdate IS NULL
  AND a.assessmentactualstartdate < w.d
