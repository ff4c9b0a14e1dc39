-- 8569Q: A case with referral date before one working day prior to the collection start date
-- must not be flagged as a no further action case. A referral dated before the last working day
-- before 1 April (England: weekends, Good Friday and Easter Monday excluded) is queried when its
-- ReferralNFA is true or 1.
-- severity: query
WITH digits(n) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)),
yr AS (
    SELECT collection_start AS anchor,
           CAST(EXTRACT(year FROM collection_start) AS INTEGER) AS y
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
days AS (  -- the ten days before 1 April
    SELECT x.anchor - (u.n + 1) AS d, x.sunday
    FROM easter x CROSS JOIN digits u
),
working AS (
    SELECT d, ROW_NUMBER() OVER (ORDER BY d DESC) AS n
    FROM days
    WHERE (d - DATE '2000-01-03') % 7 < 5  -- Monday to Friday
      AND d <> sunday - 2 AND d <> sunday + 1
)
SELECT 'CINdetails' AS tbl, c.row_no
FROM cin_details c
JOIN working w ON w.n = 1
WHERE c.cinreferraldate < w.d
  AND lower(c.referralnfa) IN ('true', '1')
