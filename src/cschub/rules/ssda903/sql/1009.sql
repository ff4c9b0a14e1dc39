-- 1009: Reason for placement change is not a valid code.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE reason_place_change IS NOT NULL
  AND upper(reason_place_change) NOT IN (SELECT code FROM codes WHERE code_set = 'REASON_PLACE_CHANGE')
