-- 434: Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.
-- An episode with RNE L must have a different legal status from the child's previous episode and
-- the same placement (PLACE, PL_POST, URN, PLACE_PROVIDER; blanks compare as equal).
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
WHERE rn > 1 AND upper(rne) = 'L'
  AND (ls = p_ls OR place <> p_place OR pl_post <> p_pl_post OR urn <> p_urn OR prov <> p_prov)
