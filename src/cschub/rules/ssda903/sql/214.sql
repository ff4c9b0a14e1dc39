-- 214: Placement location information not required: an episode of short-term breaks (legal
-- status V3 or V4) must record neither a placement postcode nor a URN.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) IN ('V3', 'V4')
  AND (pl_post IS NOT NULL OR urn IS NOT NULL)
