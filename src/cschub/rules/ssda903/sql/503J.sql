-- 503J: The placement location in first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March: the placement location (IN when the placement postcode's district is the LA's own
-- code, else OUT) must be the same.
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
CROSS JOIN meta m
WHERE COALESCE(CASE WHEN d.laua IS NULL THEN NULL WHEN d.laua = m.la_code THEN 'IN'
                   ELSE 'OUT' END, '')
   <> COALESCE(CASE WHEN d.last_laua IS NULL THEN NULL WHEN d.last_laua = m.la_code THEN 'IN'
                    ELSE 'OUT' END, '')
