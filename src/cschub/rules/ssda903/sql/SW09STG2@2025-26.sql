-- SW09STG2: Social worker episode appears to have lasted for less than 24 hours (ends on the day it
-- began).
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_dec = sw_decom
