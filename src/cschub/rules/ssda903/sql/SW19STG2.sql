-- SW19STG2: There are 2 social worker episodes for the child starting on the same date (every such
-- episode is flagged).
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, COUNT(*) OVER (PARTITION BY child, sw_decom) AS n
      FROM sw_episodes WHERE sw_decom IS NOT NULL AND child IS NOT NULL) s
WHERE n > 1
