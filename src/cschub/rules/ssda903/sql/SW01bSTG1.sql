-- SW01bSTG1: For each social worker episode, information should be complete: a start date, and a
-- social worker ID and reason for episodes that started on or after 1 April 2023.
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE sw_decom IS NULL
   OR (sw_decom >= DATE '2023-04-01' AND (sw_id IS NULL OR sw_reason IS NULL))
