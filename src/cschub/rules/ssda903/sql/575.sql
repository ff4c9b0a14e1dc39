-- 575: If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.
-- A missing period with no end date that started during an episode that has ended.
SELECT DISTINCT 'Missing' AS tbl, x.row_no
FROM missing x
JOIN episodes e ON e.child = x.child
WHERE trim(COALESCE(x.mis_end_raw, '')) = '' AND e.dec IS NOT NULL
  AND x.mis_start >= e.decom AND x.mis_start <= e.dec
