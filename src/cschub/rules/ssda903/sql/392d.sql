-- 392d: Home and placement postcodes should not be same unless the placement type is P1.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(COALESCE(place, '')) <> 'P1'
  AND upper(replace(home_post, ' ', '')) = upper(replace(pl_post, ' ', ''))
