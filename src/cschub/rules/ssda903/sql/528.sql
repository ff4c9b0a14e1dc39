-- 528: A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place_provider) = 'PR2' AND upper(place) IN ('P1','R2','R5')
