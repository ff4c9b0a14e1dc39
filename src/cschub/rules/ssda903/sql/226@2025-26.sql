-- 226 (from 2025-26): Reason for placement change is not required for temporary placements:
-- for a temporary placement (T0-T4) neither the episode itself nor the child's episode
-- immediately before it (by start date) may record a reason for placement change. The temporary
-- episode is flagged, and so is the episode before it when that one holds the reason.
WITH ordered AS (
    SELECT row_no, place,
           LAG(row_no) OVER (PARTITION BY child ORDER BY decom, row_no) AS prev_row,
           LAG(reason_place_change) OVER (PARTITION BY child ORDER BY decom, row_no) AS prev_reason
    FROM episodes
    WHERE child IS NOT NULL AND decom IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4') AND reason_place_change IS NOT NULL
UNION
SELECT 'Episodes' AS tbl, row_no
FROM ordered
WHERE upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4') AND prev_reason IS NOT NULL
UNION
SELECT 'Episodes' AS tbl, prev_row
FROM ordered
WHERE upper(place) IN ('T0', 'T1', 'T2', 'T3', 'T4') AND prev_reason IS NOT NULL
