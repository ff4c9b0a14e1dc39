-- 435: Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.
-- An episode with RNE P or T must have the same legal status as the child's previous episode and a
-- different placement (one of PLACE, PL_POST, URN, PLACE_PROVIDER differs; blanks compare equal).
SELECT 'Episodes' AS tbl, e.row_no
FROM episode_order o  -- each episode with the child's previous one (see context.py)
JOIN episodes e ON e.row_no = o.row_no
JOIN episodes p ON p.row_no = o.prev_row_no
WHERE upper(e.rne) IN ('P', 'T')
  AND (COALESCE(upper(e.ls), '') <> COALESCE(upper(p.ls), '')
       OR (COALESCE(upper(e.place), '') = COALESCE(upper(p.place), '')
          AND COALESCE(upper(replace(e.pl_post, ' ', '')), '')
              = COALESCE(upper(replace(p.pl_post, ' ', '')), '')
          AND COALESCE(upper(e.urn), '') = COALESCE(upper(p.urn), '')
          AND COALESCE(upper(e.place_provider), '') = COALESCE(upper(p.place_provider), '')))
