-- 388: Reason episode ceased is coded new episode begins, but there is no continuation episode.
-- Episodes of a child ordered by DECOM: an ended episode coded X1 must be followed by an episode
-- starting the same day; an ended episode followed by one starting the same day must be X1; the
-- last episode of a child cannot end with X1.
SELECT 'Episodes' AS tbl, o.row_no
FROM episode_order o  -- each episode with the child's next one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
LEFT JOIN episode_order n ON n.row_no = o.next_row_no
WHERE o.dec IS NOT NULL AND e.rec IS NOT NULL AND (
       (n.row_no IS NOT NULL AND upper(e.rec) = 'X1' AND n.decom IS NOT NULL
        AND o.dec <> n.decom)
    OR (n.row_no IS NOT NULL AND upper(e.rec) <> 'X1' AND o.dec = n.decom)
    OR (n.row_no IS NULL AND upper(e.rec) = 'X1'))
