-- SW14STG2: Social worker episode date ceased is blank (for an episode that is not the child's latest).
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, sw_dec, sw_dec_raw,
             ROW_NUMBER() OVER (PARTITION BY child
                                ORDER BY CASE WHEN sw_decom IS NULL THEN 1 ELSE 0 END DESC,
                                         sw_decom DESC, row_no DESC) AS from_last
      FROM sw_episodes) s
WHERE from_last > 1 AND trim(COALESCE(sw_dec_raw, '')) = ''
