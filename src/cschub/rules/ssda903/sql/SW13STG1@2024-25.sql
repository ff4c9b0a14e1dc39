-- SW13STG1 (2024-25 on): The reason for social worker change is not valid; it is required for
-- episodes starting on or after 1 April 2023 (when social worker data began to be collected).
SELECT 'SWEpisodes' AS tbl, row_no
FROM sw_episodes
WHERE (sw_reason IS NOT NULL
       AND upper(sw_reason) NOT IN (SELECT code FROM codes WHERE code_set = 'SW_REASON'))
   OR (sw_reason IS NULL AND sw_decom >= DATE '2023-04-01')
