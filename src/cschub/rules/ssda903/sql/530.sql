-- 530: A placement provider code of PR4 cannot be associated with placement P1.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place_provider) = 'PR4' AND upper(place) IN ('P1')
