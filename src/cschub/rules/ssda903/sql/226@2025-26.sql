-- 226 (from 2025-26): Reason for placement change is not required for temporary placements:
-- for a temporary placement (T0-T4) neither the episode itself nor the child's episode
-- immediately before it (by start date) may record a reason for placement change. The temporary
-- episode is flagged, and so is the episode before it when that one holds the reason.
WITH ordered AS (  -- each episode with a DECOM and the child's previous one (see context.py)
    SELECT e.row_no, e.place, p.row_no AS prev_row, p.reason_place_change AS prev_reason
    FROM episode_order o
    JOIN episodes e ON e.row_no = o.row_no
    JOIN episodes p ON p.row_no = o.prev_row_no
    WHERE o.decom IS NOT NULL
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
