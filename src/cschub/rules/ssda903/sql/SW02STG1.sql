-- SW02STG1: Social worker ID does not begin with the characters 'SW' or 'XX' (a blank ID does not).
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_id IS NULL OR upper(substr(sw_id, 1, 2)) NOT IN ('SW', 'XX')
