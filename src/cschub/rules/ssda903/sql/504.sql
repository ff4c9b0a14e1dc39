-- 504: The category of need code differs from that reported at start of current period of being looked after
-- An episode continuing the period of care (the previous episode ended X1 on the day it starts)
-- must have the same category of need (CIN) as the previous episode.
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's previous one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
JOIN episodes p ON p.row_no = o.prev_row_no
WHERE upper(p.rec) = 'X1' AND p.dec = o.decom
  AND COALESCE(upper(e.cin), '') <> COALESCE(upper(p.cin), '')
