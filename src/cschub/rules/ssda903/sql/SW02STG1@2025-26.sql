-- SW02STG1 (2025-26 on): Social worker ID does not begin with the characters 'SW' or 'XX', or is
-- too short to hold anything after them (fewer than 4 characters).
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_id IS NULL OR upper(substr(sw_id, 1, 2)) NOT IN ('SW', 'XX') OR length(sw_id) < 4
