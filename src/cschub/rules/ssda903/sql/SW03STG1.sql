-- SW03STG1: For each social worker episode, information should be complete (SW_ID, SW_DECOM and
-- SW_REASON all given).
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_id IS NULL OR sw_reason IS NULL OR trim(COALESCE(sw_decom_raw, '')) = ''
