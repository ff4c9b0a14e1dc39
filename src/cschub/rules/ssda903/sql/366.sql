-- 366: A child cannot change placement during the course of an individual short-term respite
-- break: an episode with legal status V3 must have reason for new episode S.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) = 'V3' AND COALESCE(upper(rne), '') <> 'S'
