-- 501: A new episode has started before the end date of the previous episode.
SELECT 'Episodes' AS tbl, o.row_no
FROM episode_order o  -- each episode with the child's previous one (see context.py)
JOIN episode_order p ON p.row_no = o.prev_row_no
WHERE o.decom < p.dec
