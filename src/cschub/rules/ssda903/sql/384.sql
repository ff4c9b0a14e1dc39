-- 384: A child receiving respite care cannot be in a long-term foster placement
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) IN ('V3', 'V4') AND upper(place) IN ('U1', 'U4')
