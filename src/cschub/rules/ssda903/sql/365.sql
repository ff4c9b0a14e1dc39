-- 365: Any individual short-term respite placement (legal status V3) must not exceed 17 days; an
-- episode still open is counted to the end of the year.
SELECT 'Episodes' AS tbl, row_no
FROM episodes CROSS JOIN meta
WHERE upper(ls) = 'V3' AND COALESCE(dec, meta.collection_end) > decom + 17
