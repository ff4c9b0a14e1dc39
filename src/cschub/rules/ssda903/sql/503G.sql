-- 503G: The distance in first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March: the distance between home and placement postcodes (miles, to 0.1, from the ONS grid
-- references) must not differ by 0.2 miles or more, nor be known now but unknown last year.
-- needs: previous, postcodes
WITH pc AS (
  SELECT upper(replace(pcd, ' ', '')) AS k, CAST(oseast1m AS DOUBLE PRECISION) AS east,
         CAST(osnrth1m AS DOUBLE PRECISION) AS north
  FROM postcodes
),
distances AS (
  SELECT p.row_no,
         CAST(sqrt((h.east - q.east) * (h.east - q.east)
                   + (h.north - q.north) * (h.north - q.north))
              / 1000 / 1.6093 AS NUMERIC(10, 1)) AS pl_distance,
         CAST(sqrt((lh.east - lq.east) * (lh.east - lq.east)
                   + (lh.north - lq.north) * (lh.north - lq.north))
              / 1000 / 1.6093 AS NUMERIC(10, 1)) AS last_distance
  FROM first_vs_open_last p  -- see rules/context.py
  LEFT JOIN pc h ON h.k = upper(replace(p.home_post, ' ', ''))
  LEFT JOIN pc q ON q.k = upper(replace(p.pl_post, ' ', ''))
  LEFT JOIN pc lh ON lh.k = upper(replace(p.last_home_post, ' ', ''))
  LEFT JOIN pc lq ON lq.k = upper(replace(p.last_pl_post, ' ', ''))
)
SELECT 'Episodes' AS tbl, row_no
FROM distances
WHERE (pl_distance IS NOT NULL AND last_distance IS NULL)
   OR abs(pl_distance - last_distance) >= 0.2
