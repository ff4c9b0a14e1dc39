-- 376: Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.
-- An ended episode with placement T3 lasting more than 21 days (DEC - DECOM > 21).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) = 'T3' AND decom IS NOT NULL AND dec IS NOT NULL
  AND dec - decom > 21
