-- 503H: The placement LA in first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March: the placement LA (local authority district of the placement postcode; WAL, SCO or NIR
-- outside England) must be the same.
-- needs: previous, postcodes
WITH placed AS (
  SELECT p.row_no, q.laua, lq.laua AS last_laua
  FROM first_vs_open_last p  -- see rules/context.py
  LEFT JOIN postcodes q ON upper(replace(q.pcd, ' ', '')) = upper(replace(p.pl_post, ' ', ''))
  LEFT JOIN postcodes lq
    ON upper(replace(lq.pcd, ' ', '')) = upper(replace(p.last_pl_post, ' ', ''))
)
SELECT 'Episodes' AS tbl, d.row_no
FROM placed d
WHERE COALESCE(CASE WHEN upper(d.laua) LIKE 'S%' THEN 'SCO' WHEN upper(d.laua) LIKE 'N%' THEN 'NIR'
                   WHEN upper(d.laua) LIKE 'W%' THEN 'WAL' ELSE d.laua END, '')
   <> COALESCE(CASE WHEN upper(d.last_laua) LIKE 'S%' THEN 'SCO'
                    WHEN upper(d.last_laua) LIKE 'N%' THEN 'NIR'
                    WHEN upper(d.last_laua) LIKE 'W%' THEN 'WAL' ELSE d.last_laua END, '')
