-- 436: Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.
-- An episode with RNE B or U must have a different legal status from the child's previous episode
-- and a different placement (one of PLACE, PL_POST, URN, PLACE_PROVIDER differs; blanks equal).
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's previous one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
JOIN episodes p ON p.row_no = o.prev_row_no
WHERE upper(e.rne) IN ('B', 'U')
  AND (COALESCE(upper(e.ls), '') = COALESCE(upper(p.ls), '')
       OR (COALESCE(upper(e.place), '') = COALESCE(upper(p.place), '')
          AND COALESCE(upper(replace(e.pl_post, ' ', '')), '')
              = COALESCE(upper(replace(p.pl_post, ' ', '')), '')
          AND COALESCE(upper(e.urn), '') = COALESCE(upper(p.urn), '')
          AND COALESCE(upper(e.place_provider), '') = COALESCE(upper(p.place_provider), '')))
