-- SW05STG1: Date social worker episode ended (SW_DEC) is not a valid date (given but not a real
-- date). The DfE message says "began"; the field checked is SW_DEC.
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_dec IS NULL AND trim(COALESCE(sw_dec_raw, '')) <> ''
