-- 233: Reason for placement change is not required when the episode has not ceased.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE reason_place_change IS NOT NULL AND trim(COALESCE(dec_raw, '')) = ''
