-- 432: The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.
-- An episode following one that ended care (REC other than X1) must have RNE S.
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's previous one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
JOIN episodes p ON p.row_no = o.prev_row_no
WHERE p.rec IS NOT NULL AND upper(p.rec) <> 'X1'
  AND (e.rne IS NULL OR upper(e.rne) <> 'S')
