-- 370 (2022-23): Child in independent living should be at least 15: an episode in independent
-- living (placement P2) must start on or after the child's 15th birthday.
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.place) = 'P2' AND e.decom IS NOT NULL AND h.dob IS NOT NULL
  AND e.decom < CAST(h.dob + INTERVAL '15 years' AS DATE)
