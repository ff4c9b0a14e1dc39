-- 431: The reason for new episode is started to be looked after, but the previous episode ended on the same day.
-- An episode with RNE S starting on or before the day the child's previous episode ended.
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's previous one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
JOIN episode_order p ON p.row_no = o.prev_row_no
WHERE upper(e.rne) = 'S' AND o.decom <= p.dec
