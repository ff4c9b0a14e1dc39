-- 217: Children who are placed for adoption with current foster carers (placement types A3 or
-- A5) must have a reason for new episode of S, T or U (episodes from 1 April 2015).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('A3', 'A5')
  AND decom >= CAST('2015-04-01' AS DATE)
  AND COALESCE(upper(rne), '') NOT IN ('S', 'T', 'U')
