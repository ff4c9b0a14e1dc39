-- SW08STG2: A new social worker episode has started, but the previous episode has not ended
-- (an episode without SW_DEC that is not the child's latest).
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, sw_decom, sw_dec_raw,
             ROW_NUMBER() OVER (PARTITION BY child
                                ORDER BY CASE WHEN sw_decom IS NULL THEN 1 ELSE 0 END DESC,
                                         sw_decom DESC, row_no DESC) AS from_last
      FROM sw_episodes WHERE child IS NOT NULL) s
WHERE from_last > 1 AND sw_decom IS NOT NULL AND trim(COALESCE(sw_dec_raw, '')) = ''
