-- 234: A child aged under 10 (at the start of the episode) can not change placement due to being
-- admitted to custody (REASON_PLACE_CHANGE = CUSTOD). The episode and the child's Header row are
-- flagged.
WITH hits AS (
  SELECT e.row_no AS e_row, h.row_no AS h_row
  FROM episodes e JOIN header h ON h.child = e.child
  WHERE upper(e.reason_place_change) = 'CUSTOD'
    AND CAST(h.dob + INTERVAL '10 years' AS DATE) > e.decom
)
SELECT 'Episodes' AS tbl, e_row AS row_no FROM hits
UNION ALL
SELECT 'Header' AS tbl, h_row AS row_no FROM hits
