-- SW10bSTG2: A new social worker episode has started with a reason of first contact (FCONTA) before
-- the previous episode has ended (on or before its end date, or the previous has no end date).
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, sw_decom, sw_reason,
             LAG(sw_dec) OVER (PARTITION BY child ORDER BY sw_decom, sw_dec, row_no) AS prev_dec,
             ROW_NUMBER() OVER (PARTITION BY child ORDER BY sw_decom, sw_dec, row_no) AS n
      FROM sw_episodes WHERE sw_decom IS NOT NULL) s
WHERE n > 1 AND upper(sw_reason) = 'FCONTA'
  AND (prev_dec IS NULL OR sw_decom <= prev_dec)
