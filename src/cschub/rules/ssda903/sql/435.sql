-- 435: Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.
-- An episode with RNE P or T must have the same legal status as the child's previous episode and a
-- different placement (one of PLACE, PL_POST, URN, PLACE_PROVIDER differs; blanks compare equal).
WITH o AS (
  SELECT row_no, rne,
         COALESCE(upper(ls), '') AS ls, COALESCE(upper(place), '') AS place,
         COALESCE(upper(replace(pl_post, ' ', '')), '') AS pl_post,
         COALESCE(upper(urn), '') AS urn, COALESCE(upper(place_provider), '') AS prov,
         ROW_NUMBER() OVER w AS rn,
         COALESCE(upper(LAG(ls) OVER w), '') AS p_ls,
         COALESCE(upper(LAG(place) OVER w), '') AS p_place,
         COALESCE(upper(replace(LAG(pl_post) OVER w, ' ', '')), '') AS p_pl_post,
         COALESCE(upper(LAG(urn) OVER w), '') AS p_urn,
         COALESCE(upper(LAG(place_provider) OVER w), '') AS p_prov
  FROM episodes
  WHERE child IS NOT NULL
  WINDOW w AS (PARTITION BY child ORDER BY decom, row_no)
)
SELECT 'Episodes' AS tbl, row_no
FROM o
WHERE rn > 1 AND upper(rne) IN ('P', 'T')
  AND (ls <> p_ls
       OR (place = p_place AND pl_post = p_pl_post AND urn = p_urn AND prov = p_prov))
