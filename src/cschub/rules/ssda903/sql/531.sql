-- 531: A placement provider code of PR5 cannot be associated with placements P1.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place_provider) = 'PR5' AND upper(place) IN ('P1')
