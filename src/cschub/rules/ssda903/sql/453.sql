-- 453: Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- and the RNE is the same: the distance between home and placement postcodes (miles to 0.1, from
-- the ONS grid references) must not differ by 0.2 miles or more, nor be known now but not last year.
-- needs: previous, postcodes
WITH eps AS (
  SELECT 0 AS last_year, row_no, child, decom, dec_raw, rne, home_post, pl_post FROM episodes
  UNION ALL
  SELECT 1 AS last_year, row_no, child, decom, dec_raw, rne, home_post, pl_post FROM episodes_last
),
ranked AS (
  SELECT x.*,
         ROW_NUMBER() OVER (PARTITION BY last_year, child
                            ORDER BY CASE WHEN last_year = 0 THEN decom END,
                                     CASE WHEN last_year = 1 THEN decom END DESC,
                                     CASE WHEN last_year = 0 THEN row_no END,
                                     CASE WHEN last_year = 1 THEN row_no END DESC) AS rn
  FROM eps x WHERE decom IS NOT NULL AND child IS NOT NULL
),
derived AS (
  SELECT r.last_year, r.row_no, r.child, r.dec_raw, COALESCE(upper(r.rne), '') AS rne,
         CAST(sqrt((CAST(h.oseast1m AS DOUBLE PRECISION) - CAST(p.oseast1m AS DOUBLE PRECISION))
                   * (CAST(h.oseast1m AS DOUBLE PRECISION) - CAST(p.oseast1m AS DOUBLE PRECISION))
                 + (CAST(h.osnrth1m AS DOUBLE PRECISION) - CAST(p.osnrth1m AS DOUBLE PRECISION))
                   * (CAST(h.osnrth1m AS DOUBLE PRECISION) - CAST(p.osnrth1m AS DOUBLE PRECISION)))
              / 1000 / 1.6093 AS NUMERIC(10, 1)) AS dist
  FROM ranked r
  LEFT JOIN postcodes h ON upper(replace(h.pcd, ' ', '')) = upper(replace(r.home_post, ' ', ''))
  LEFT JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(r.pl_post, ' ', ''))
  WHERE r.rn = 1
),
cur AS (SELECT * FROM derived WHERE last_year = 0),
prev AS (SELECT * FROM derived WHERE last_year = 1 AND trim(COALESCE(dec_raw, '')) = '')
SELECT 'Episodes' AS tbl, c.row_no
FROM cur c JOIN prev p ON p.child = c.child
WHERE c.rne = p.rne
  AND ((c.dist IS NOT NULL AND p.dist IS NULL) OR abs(c.dist - p.dist) >= 0.2)
