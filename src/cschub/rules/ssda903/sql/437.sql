-- 437: Reason episode ceased is child has died or is aged 18 or over but there are further episodes.
-- An episode ending with REC E2 (died) or E15 that is followed by another episode of the child.
-- Episodes without DECOM come last in episode_order, so a next episode with a DECOM is the next
-- of the episodes that have one.
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o
JOIN episodes e ON e.row_no = o.row_no
JOIN episode_order n ON n.row_no = o.next_row_no
WHERE o.decom IS NOT NULL AND n.decom IS NOT NULL AND upper(e.rec) IN ('E2', 'E15')
