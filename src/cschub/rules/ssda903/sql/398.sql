-- 398: Distance field completed but child looked after under legal status V3 or V4.
-- The distance is worked out from HOME_POST and PL_POST, so neither may be given for V3/V4.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) IN ('V3', 'V4') AND (home_post IS NOT NULL OR pl_post IS NOT NULL)
