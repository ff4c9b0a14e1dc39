-- SW13STG1 (2023-24): The reason for social worker change is either not valid or has not been entered.
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_reason IS NULL
   OR upper(sw_reason) NOT IN (SELECT code FROM codes WHERE code_set = 'SW_REASON')
