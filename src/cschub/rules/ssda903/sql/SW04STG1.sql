-- SW04STG1: Date social worker episode began is not a valid date (given but not a real date).
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_decom IS NULL AND trim(COALESCE(sw_decom_raw, '')) <> ''
