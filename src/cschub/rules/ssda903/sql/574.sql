-- 574: A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.
-- A child's missing periods ordered by end date (an open period by its start): a period that
-- follows an open one, or starts before the previous one ended, is flagged.
WITH o AS (
  SELECT row_no, mis_start,
         LAG(mis_end) OVER w AS prev_end,
         LAG(row_no) OVER w AS prev_row
  FROM missing
  WHERE child IS NOT NULL
  WINDOW w AS (PARTITION BY child ORDER BY COALESCE(mis_end, mis_start), mis_start, row_no)
)
SELECT 'Missing' AS tbl, row_no
FROM o
WHERE prev_row IS NOT NULL AND (prev_end IS NULL OR mis_start < prev_end)
