-- SW11bSTG2: Social worker episode has ended before 31 March (in the last 5 days before it) and no
-- subsequent social worker episode has been provided (the child's latest episode). The last 5 days
-- before 31 March are 26 to 30 March; 31 March itself is not before it.
SELECT 'SWEpisodes' AS tbl, s.row_no
FROM (SELECT row_no, sw_dec,
             ROW_NUMBER() OVER (PARTITION BY child
                                ORDER BY CASE WHEN sw_decom IS NULL THEN 1 ELSE 0 END DESC,
                                         sw_decom DESC, row_no DESC) AS from_last
      FROM sw_episodes WHERE child IS NOT NULL) s
CROSS JOIN meta m
WHERE s.from_last = 1 AND s.sw_dec >= m.collection_end - 5 AND s.sw_dec < m.collection_end
