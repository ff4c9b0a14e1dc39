-- SW10STG2 (2024-25 on): A new social worker episode has started before the end date of the
-- previous social worker episode; an episode whose reason is first contact (FCONTA) is not checked.
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, sw_decom, sw_reason,
             LAG(sw_dec) OVER (PARTITION BY child ORDER BY sw_decom, sw_dec, row_no) AS prev_dec
      FROM sw_episodes WHERE sw_decom IS NOT NULL) s
WHERE sw_decom < prev_dec AND upper(COALESCE(sw_reason, '')) <> 'FCONTA'
