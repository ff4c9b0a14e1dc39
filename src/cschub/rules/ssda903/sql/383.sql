-- 383 (2022-23 to 2024-25): A child in a temporary placement must subsequently return to his/her normal placement.
-- The episode after a temporary placement (T0-T4) must have RNE P and the same placement type as
-- the episode before the temporary placement. Episodes ordered by DECOM within a child.
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's previous two (see context.py)
JOIN episode_order o1 ON o1.row_no = o.prev_row_no
JOIN episodes e ON e.row_no = o.row_no
JOIN episodes p1 ON p1.row_no = o1.row_no
JOIN episodes p2 ON p2.row_no = o1.prev_row_no
WHERE upper(p1.place) IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND (e.rne IS NULL OR upper(e.rne) <> 'P'
       OR COALESCE(upper(e.place), '') <> COALESCE(upper(p2.place), ''))
