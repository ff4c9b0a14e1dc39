-- 452: Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- and the RNE is the same: the LA of placement (the district of PL_POST in the ONS postcode
-- directory, or SCO/WAL/NIR outside England) must be the same.
-- needs: previous, postcodes
WITH eps AS (
  SELECT 0 AS last_year, row_no, child, decom, dec_raw, rne, pl_post FROM episodes
  UNION ALL
  SELECT 1 AS last_year, row_no, child, decom, dec_raw, rne, pl_post FROM episodes_last
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
         COALESCE(CASE WHEN upper(p.laua) LIKE 'S%' THEN 'SCO' WHEN upper(p.laua) LIKE 'N%' THEN 'NIR'
                       WHEN upper(p.laua) LIKE 'W%' THEN 'WAL' ELSE upper(p.laua) END, '') AS pl_la
  FROM ranked r
  LEFT JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(r.pl_post, ' ', ''))
  WHERE r.rn = 1
),
cur AS (SELECT * FROM derived WHERE last_year = 0),
prev AS (SELECT * FROM derived WHERE last_year = 1 AND trim(COALESCE(dec_raw, '')) = '')
SELECT 'Episodes' AS tbl, c.row_no
FROM cur c JOIN prev p ON p.child = c.child
WHERE c.rne = p.rne AND c.pl_la <> p.pl_la
