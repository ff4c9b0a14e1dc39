-- 460: Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.rec) = 'E17' AND e.dec IS NOT NULL AND h.dob IS NOT NULL
  AND age_years(h.dob, e.dec) < 18
