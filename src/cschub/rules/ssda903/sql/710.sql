-- 710: Child with a DoLO can not be placed in secure children's homes (K1), with parents (P1),
-- young offender institutions (R5), or supported accommodation (K3): an episode overlapping the
-- DoLO (an open DoLO runs on) has one of those placements. Both rows are flagged.
WITH hits AS (
  SELECT d.row_no AS d_row, e.row_no AS e_row
  FROM dolo d JOIN episodes e ON e.child = d.child
  WHERE d.dolo_start IS NOT NULL AND e.decom IS NOT NULL
    AND (e.dec IS NULL OR d.dolo_start <= e.dec)
    AND (d.dolo_end IS NULL OR d.dolo_end >= e.decom)
    AND upper(e.place) IN ('K1', 'P1', 'R5', 'K3')
)
SELECT 'DoLo' AS tbl, d_row AS row_no, 'DOLO_START' AS fields FROM hits
UNION ALL
SELECT 'Episodes' AS tbl, e_row AS row_no, 'PLACE' AS fields FROM hits
