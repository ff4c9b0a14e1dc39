-- 503G: The distance in first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March: the distance between home and placement postcodes (miles, to 0.1, from the ONS grid
-- references) must not differ by 0.2 miles or more, nor be known now but unknown last year.
-- needs: previous, postcodes
WITH eps AS (
  SELECT 0 AS last_year, e.row_no, e.child, e.decom, e.dec_raw, e.home_post, e.pl_post
  FROM episodes e
  UNION ALL
  SELECT 1 AS last_year, e.row_no, e.child, e.decom, e.dec_raw, e.home_post, e.pl_post
  FROM episodes_last e
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
  SELECT r.last_year, r.row_no, r.child, r.dec_raw, p.laua,
         CASE WHEN upper(p.laua) LIKE 'S%' THEN 'SCO' WHEN upper(p.laua) LIKE 'N%' THEN 'NIR'
              WHEN upper(p.laua) LIKE 'W%' THEN 'WAL' ELSE p.laua END AS pl_la,
         CASE WHEN p.laua IS NULL THEN NULL WHEN p.laua = m.la_code THEN 'IN'
              ELSE 'OUT' END AS pl_location,
         CAST(sqrt((CAST(h.oseast1m AS DOUBLE PRECISION) - CAST(p.oseast1m AS DOUBLE PRECISION))
                   * (CAST(h.oseast1m AS DOUBLE PRECISION) - CAST(p.oseast1m AS DOUBLE PRECISION))
                 + (CAST(h.osnrth1m AS DOUBLE PRECISION) - CAST(p.osnrth1m AS DOUBLE PRECISION))
                   * (CAST(h.osnrth1m AS DOUBLE PRECISION) - CAST(p.osnrth1m AS DOUBLE PRECISION)))
              / 1000 / 1.6093 AS NUMERIC(10, 1)) AS pl_distance
  FROM ranked r
  CROSS JOIN meta m
  LEFT JOIN postcodes h ON upper(replace(h.pcd, ' ', '')) = upper(replace(r.home_post, ' ', ''))
  LEFT JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(r.pl_post, ' ', ''))
  WHERE r.rn = 1
),
w AS (
  SELECT d.*,
         MAX(CASE WHEN last_year = 1 AND trim(COALESCE(dec_raw, '')) = '' THEN 1 ELSE 0 END)
           OVER (PARTITION BY child) AS last_open,
         MAX(CASE WHEN last_year = 1 THEN pl_distance END) OVER (PARTITION BY child) AS last_distance,
         MAX(CASE WHEN last_year = 1 THEN COALESCE(pl_la, '') END) OVER (PARTITION BY child) AS last_la,
         MAX(CASE WHEN last_year = 1 THEN COALESCE(pl_location, '') END)
           OVER (PARTITION BY child) AS last_location
  FROM derived d
)
SELECT 'Episodes' AS tbl, row_no
FROM w
WHERE last_year = 0 AND last_open = 1
  AND ((pl_distance IS NOT NULL AND last_distance IS NULL)
       OR abs(pl_distance - last_distance) >= 0.2)
