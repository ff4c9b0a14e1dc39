-- 705: A DoLO cannot start when the previous DoLO (the child's DoLO starting before it) is still
-- open: the previous one has no end date or ends after this one starts.
SELECT 'DoLo' AS tbl, row_no
FROM (SELECT row_no, dolo_start,
             LAG(dolo_end) OVER (PARTITION BY child ORDER BY dolo_start, row_no) AS prev_end,
             LAG(trim(COALESCE(dolo_end_raw, ''))) OVER (PARTITION BY child
                                                          ORDER BY dolo_start, row_no) AS prev_raw,
             ROW_NUMBER() OVER (PARTITION BY child ORDER BY dolo_start, row_no) AS n
      FROM dolo WHERE dolo_start IS NOT NULL AND child IS NOT NULL) d
WHERE n > 1 AND (prev_raw = '' OR dolo_start < prev_end)
