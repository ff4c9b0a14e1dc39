-- 225: Reason for placement change must be recorded: an episode ending in a change of placement
-- (REC X1) followed by a new placement (RNE P, B, T or U), neither temporary (T0-T4).
WITH ordered AS (
    SELECT row_no, rec, reason_place_change, place,
           LEAD(rne) OVER (PARTITION BY child ORDER BY decom, row_no) AS next_rne,
           LEAD(place) OVER (PARTITION BY child ORDER BY decom, row_no) AS next_place
    FROM episodes
    WHERE child IS NOT NULL
)
SELECT 'Episodes' AS tbl, row_no
FROM ordered
WHERE upper(rec) = 'X1' AND reason_place_change IS NULL
  AND COALESCE(upper(place), '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND upper(next_rne) IN ('P', 'B', 'T', 'U')
  AND COALESCE(upper(next_place), '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
