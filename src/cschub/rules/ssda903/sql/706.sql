-- 706: There is an open DoLO in last year's return and there is no corresponding DoLO (same child,
-- same start date) recorded this year. The child's Header row is flagged; when the child is not in
-- this year's Header the issue is reported for the return as a whole.
-- needs: previous
WITH missing_dolo AS (
  SELECT l.child
  FROM dolo_last l
  WHERE l.dolo_start IS NOT NULL AND trim(COALESCE(l.dolo_end_raw, '')) = ''
    AND NOT EXISTS (SELECT 1 FROM dolo d
                    WHERE d.child = l.child AND d.dolo_start = l.dolo_start)
)
SELECT 'Header' AS tbl, h.row_no, 'CHILD' AS fields
FROM header h WHERE h.child IN (SELECT child FROM missing_dolo)
UNION ALL
SELECT CAST(NULL AS VARCHAR) AS tbl, CAST(NULL AS INTEGER) AS row_no, 'DOLO_START' AS fields
FROM missing_dolo x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.child = x.child)
