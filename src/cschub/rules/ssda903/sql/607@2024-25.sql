-- 607 (2024-25 on): Child ceased to be looked after in the year, but mother field has not been completed.
-- A girl (SEX F) whose episode other than V3/V4 ended care in the year (REC given, not X1) with a
-- blank MOTHER: the episode and the header row.
WITH bad AS (
  SELECT e.row_no AS e_row, h.row_no AS h_row
  FROM episodes e
  JOIN header h ON h.child = e.child
  CROSS JOIN meta m
  WHERE e.dec >= m.collection_start AND e.dec <= m.collection_end
    AND e.rec IS NOT NULL AND upper(e.rec) <> 'X1'
    AND upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4')
    AND upper(h.sex) = 'F' AND h.mother IS NULL
)
SELECT 'Episodes' AS tbl, e_row AS row_no FROM bad
UNION ALL
SELECT DISTINCT 'Header' AS tbl, h_row AS row_no FROM bad
