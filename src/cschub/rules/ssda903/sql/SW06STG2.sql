-- SW06STG2: Social worker episode data should be within the social worker data reporting year
-- (SW_DECOM after 31 March is flagged).
SELECT 'SWEpisodes' AS tbl, s.row_no
FROM sw_episodes s CROSS JOIN meta m
WHERE s.sw_decom > m.collection_end
