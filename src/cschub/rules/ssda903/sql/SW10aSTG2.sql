-- SW10aSTG2: A new social worker episode has started and it is not within +/- 7 days of the end of
-- the previous episode (an episode whose reason is first contact, FCONTA, is not checked; a
-- previous episode without an end date is not within 7 days of it).
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, sw_decom, sw_reason,
             LAG(sw_dec) OVER (PARTITION BY child ORDER BY sw_decom, sw_dec, row_no) AS prev_dec,
             ROW_NUMBER() OVER (PARTITION BY child ORDER BY sw_decom, sw_dec, row_no) AS n
      FROM sw_episodes WHERE sw_decom IS NOT NULL) s
WHERE n > 1 AND upper(COALESCE(sw_reason, '')) <> 'FCONTA'
  AND (prev_dec IS NULL OR sw_decom < prev_dec - 7 OR sw_decom > prev_dec + 7)
