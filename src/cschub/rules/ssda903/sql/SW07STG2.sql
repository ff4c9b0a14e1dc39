-- SW07STG2 (2023-24): Social worker episode end date should be on or after the start of the social
-- worker reporting period (1 April), and should be on or before the collection end date.
SELECT 'SWEpisodes' AS tbl, s.row_no
FROM sw_episodes s CROSS JOIN meta m
WHERE s.sw_dec < m.collection_start OR s.sw_dec > m.collection_end
