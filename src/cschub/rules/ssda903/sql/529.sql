-- 529: Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place_provider) = 'PR3' AND upper(place) IN ('P1','A3','A4','A5','A6','K1','K2','U1','U2','U3','U4','U5','U6')
