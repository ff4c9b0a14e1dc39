-- 352: Child who started to be looked after was aged 18 or over (RNE S on or after the 18th
-- birthday).
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
WHERE upper(e.rne) = 'S' AND e.decom >= CAST(h.dob + INTERVAL '18 years' AS DATE)
