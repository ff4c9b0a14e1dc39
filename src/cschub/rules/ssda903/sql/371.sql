-- 371 (2022-23): Child in semi-independent living accommodation not subject to children's homes
-- regulations should be at least 14: an H5 placement must start on or after the 14th birthday.
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.place) = 'H5' AND e.decom IS NOT NULL AND h.dob IS NOT NULL
  AND e.decom < CAST(h.dob + INTERVAL '14 years' AS DATE)
