-- SW10STG2 (2023-24): A new social worker episode has started before the end date of the previous
-- social worker episode (the child's episodes in order of start date).
SELECT 'SWEpisodes' AS tbl, row_no
FROM (SELECT row_no, sw_decom,
             LAG(sw_dec) OVER (PARTITION BY child ORDER BY sw_decom, sw_dec, row_no) AS prev_dec
      FROM sw_episodes WHERE sw_decom IS NOT NULL) s
WHERE sw_decom < prev_dec
