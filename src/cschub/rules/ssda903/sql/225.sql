-- 225: Reason for placement change must be recorded: an episode ending in a change of placement
-- (REC X1) followed by a new placement (RNE P, B, T or U), neither temporary (T0-T4).
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's next one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
JOIN episodes n ON n.row_no = o.next_row_no
WHERE upper(e.rec) = 'X1' AND e.reason_place_change IS NULL
  AND COALESCE(upper(e.place), '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND upper(n.rne) IN ('P', 'B', 'T', 'U')
  AND COALESCE(upper(n.place), '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
