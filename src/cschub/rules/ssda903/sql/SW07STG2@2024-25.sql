-- SW07STG2 (2024-25 on): Social worker episode end date should be on or after the start of the
-- social worker reporting period (1 April of the previous year: two years are reported), and on or
-- before the collection end date.
SELECT 'SWEpisodes' AS tbl, s.row_no
FROM sw_episodes s CROSS JOIN meta m
WHERE s.sw_dec < CAST(m.collection_start - INTERVAL '1 year' AS DATE)
   OR s.sw_dec > m.collection_end
