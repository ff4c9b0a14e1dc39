-- 217t: Placement type 'P2' is not a valid placement type from 28 October 2023 (a P2 episode still
-- open after that date).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) = 'P2'
  AND (dec > DATE '2023-10-28' OR (dec IS NULL AND trim(COALESCE(dec_raw, '')) = ''))
