-- 502: Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.
-- needs: previous
WITH f AS (  -- episodes without DECOM come last in episode_order (see context.py)
  SELECT row_no, child, decom, rn FROM episode_order WHERE decom IS NOT NULL
)
SELECT DISTINCT 'Episodes' AS tbl, f.row_no
FROM f
JOIN episodes_last l ON l.child = f.child
WHERE f.rn = 1 AND l.dec IS NULL AND trim(COALESCE(l.dec_raw, '')) = ''
  AND (l.decom IS NULL OR l.decom <> f.decom)
