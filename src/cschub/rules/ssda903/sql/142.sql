-- 142: A new episode has started, but the previous episode has not ended: every episode but a
-- child's latest must have a ceased date and reason.
-- Episodes without DECOM come last in episode_order (see context.py), so an episode with a DECOM
-- is not the latest when its next episode has one.
SELECT 'Episodes' AS tbl, o.row_no
FROM episode_order o
JOIN episodes e ON e.row_no = o.row_no
JOIN episode_order n ON n.row_no = o.next_row_no
WHERE o.decom IS NOT NULL AND n.decom IS NOT NULL AND (o.dec IS NULL OR e.rec IS NULL)
