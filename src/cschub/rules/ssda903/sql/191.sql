-- 191: Child has been looked after continuously for at least 12 months at 31 March but one or
-- more data items relating to children looked after for 12 months have been left blank: the
-- child's OC2 row with a blank item, or (no OC2 row at all) the child's first episode.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE child IN (SELECT child FROM cla_12_months)
  AND (immunisations IS NULL OR teeth_check IS NULL OR health_assessment IS NULL
       OR substance_misuse IS NULL)
UNION ALL
SELECT 'Episodes', row_no
FROM episode_order first_episode  -- episodes without DECOM come last (see context.py)
WHERE rn = 1 AND decom IS NOT NULL
  AND child IN (SELECT child FROM cla_12_months)
  AND child NOT IN (SELECT child FROM oc2 WHERE child IS NOT NULL)
