-- 709: Child with a DoLO is in an unexpected placement type: an episode overlapping the DoLO (an
-- open DoLO runs on) has a placement other than K2, Z12 or Z13. Both rows are flagged.
WITH hits AS (
  SELECT d.row_no AS d_row, e.row_no AS e_row
  FROM dolo d JOIN episodes e ON e.child = d.child
  WHERE d.dolo_start IS NOT NULL AND e.decom IS NOT NULL
    AND (e.dec IS NULL OR d.dolo_start <= e.dec)
    AND (d.dolo_end IS NULL OR d.dolo_end >= e.decom)
    AND upper(COALESCE(e.place, '')) NOT IN ('K2', 'Z12', 'Z13')
)
SELECT 'DoLo' AS tbl, d_row AS row_no, 'DOLO_START' AS fields FROM hits
UNION ALL
SELECT 'Episodes' AS tbl, e_row AS row_no, 'PLACE' AS fields FROM hits
