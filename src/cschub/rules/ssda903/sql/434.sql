-- 434: Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.
-- An episode with RNE L must have a different legal status from the child's previous episode and
-- the same placement (PLACE, PL_POST, URN, PLACE_PROVIDER; blanks compare as equal).
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's previous one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
JOIN episodes p ON p.row_no = o.prev_row_no
WHERE upper(e.rne) = 'L'
  AND (COALESCE(upper(e.ls), '') = COALESCE(upper(p.ls), '')
       OR NOT (COALESCE(upper(e.place), '') = COALESCE(upper(p.place), '')
          AND COALESCE(upper(replace(e.pl_post, ' ', '')), '')
              = COALESCE(upper(replace(p.pl_post, ' ', '')), '')
          AND COALESCE(upper(e.urn), '') = COALESCE(upper(p.urn), '')
          AND COALESCE(upper(e.place_provider), '') = COALESCE(upper(p.place_provider), '')))
