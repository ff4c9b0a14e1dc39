-- 550: A placement provider code of PR0 can only be associated with placement P1.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place_provider) = 'PR0' AND (place IS NULL OR upper(place) <> 'P1')
