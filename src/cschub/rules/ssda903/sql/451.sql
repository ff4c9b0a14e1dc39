-- 451: Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.
-- An open episode (no DEC, no REC) with legal status D1 (freed for adoption).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(ls) = 'D1' AND dec IS NULL AND trim(COALESCE(dec_raw, '')) = '' AND rec IS NULL
