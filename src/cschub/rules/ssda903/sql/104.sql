-- 104: Date for UASC status ceased is not a valid date (or is before the collection year).
SELECT 'UASC' AS tbl, row_no
FROM uasc, meta
WHERE (duc IS NULL AND trim(duc_raw) <> '') OR duc < meta.collection_start
