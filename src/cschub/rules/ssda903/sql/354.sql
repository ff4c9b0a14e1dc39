-- 354: An episode cannot start after the end of the current collection year (the DfE message
-- names the ceased date; the rule's field is DECOM, the date the episode began).
SELECT 'Episodes' AS tbl, row_no
FROM episodes CROSS JOIN meta
WHERE decom > meta.collection_end
