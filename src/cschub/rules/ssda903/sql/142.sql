-- 142: A new episode has started, but the previous episode has not ended: every episode but a
-- child's latest must have a ceased date and reason.
WITH ordered AS (
    SELECT row_no, dec, rec,
           ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS from_last
    FROM episodes
    WHERE child IS NOT NULL AND decom IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM ordered
WHERE from_last > 1 AND (dec IS NULL OR rec IS NULL)
