-- 577: Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.
-- Periods of care are runs of a child's episodes each starting on or before the previous one's
-- end. A missing period with a start and no end, of a child with episodes, is flagged unless the
-- child has a period of care still open (its last episode has no DEC) that began on or before it.
WITH o AS (  -- episodes without DECOM come last in episode_order (see context.py)
  SELECT o.child, o.decom, o.dec, o.rn, p.dec AS prev_dec
  FROM episode_order o
  LEFT JOIN episode_order p ON p.row_no = o.prev_row_no
  WHERE o.decom IS NOT NULL
    AND o.child IN (SELECT child FROM missing WHERE mis_start IS NOT NULL)  -- who can be flagged
),
p AS (
  SELECT o.*,
         SUM(CASE WHEN rn = 1 OR decom > prev_dec THEN 1 ELSE 0 END)
           OVER (PARTITION BY child ORDER BY rn ROWS UNBOUNDED PRECEDING) AS pid
  FROM o
),
poc AS (
  SELECT child, pid, MIN(decom) AS poc_decom, MAX(rn) AS last_rn
  FROM p GROUP BY child, pid
),
open_poc AS (
  SELECT poc.child, poc.poc_decom
  FROM poc JOIN p ON p.child = poc.child AND p.rn = poc.last_rn
  WHERE p.dec IS NULL
)
SELECT 'Missing' AS tbl, x.row_no
FROM missing x
WHERE x.mis_start IS NOT NULL AND trim(COALESCE(x.mis_end_raw, '')) = ''
  AND EXISTS (SELECT 1 FROM episodes e WHERE e.child = x.child)
  AND NOT EXISTS (SELECT 1 FROM open_poc op
                  WHERE op.child = x.child AND op.poc_decom <= x.mis_start)
