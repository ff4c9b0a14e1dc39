-- 379: Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.
-- An ended episode with placement T4 lasting more than 7 days (DEC - DECOM > 7).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) = 'T4' AND decom IS NOT NULL AND dec IS NOT NULL
  AND dec - decom > 7
