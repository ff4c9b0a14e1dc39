-- SW18STG2: The end date of the social worker episode is before the start date.
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_dec < sw_decom
