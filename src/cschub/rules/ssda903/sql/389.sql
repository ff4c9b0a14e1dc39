-- 389: Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.rec) = 'E7' AND e.dec IS NOT NULL AND h.dob IS NOT NULL
  AND age_years(h.dob, e.dec) < 16
