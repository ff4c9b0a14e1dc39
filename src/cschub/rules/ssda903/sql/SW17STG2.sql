-- SW17STG2: There is no social worker episode open at 31 March (the child's latest social worker
-- episode has an end date).
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, sw_dec_raw,
             ROW_NUMBER() OVER (PARTITION BY child
                                ORDER BY CASE WHEN sw_decom IS NULL THEN 1 ELSE 0 END,
                                         sw_decom DESC, row_no DESC) AS from_last
      FROM sw_episodes WHERE child IS NOT NULL) s
WHERE from_last = 1 AND trim(COALESCE(sw_dec_raw, '')) <> ''
