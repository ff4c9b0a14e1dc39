-- 578: The date that the child started to be missing is after the child ceased to be looked after.
-- Periods of care are runs of a child's episodes each starting on or before the previous one's
-- end. A missing period starting within no period of care, after a period of care has ended.
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
  SELECT p.child, p.pid, MIN(p.decom) AS poc_decom, MAX(p.rn) AS last_rn
  FROM p GROUP BY p.child, p.pid
),
pocs AS (
  SELECT poc.child, poc.poc_decom, p.dec AS poc_dec
  FROM poc JOIN p ON p.child = poc.child AND p.rn = poc.last_rn
)
SELECT 'Missing' AS tbl, x.row_no
FROM missing x
WHERE x.mis_start IS NOT NULL
  AND EXISTS (SELECT 1 FROM pocs c WHERE c.child = x.child AND c.poc_dec < x.mis_start)
  AND NOT EXISTS (SELECT 1 FROM pocs c
                  WHERE c.child = x.child AND c.poc_decom <= x.mis_start
                    AND (c.poc_dec IS NULL OR x.mis_start <= c.poc_dec))
