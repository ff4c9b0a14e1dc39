-- SW12STG2 (2023-24): If a child is looked after on 31 March then all social worker episodes for the full
-- previous year should be reported, even those whilst they were not looked after. For a child
-- looked after on 31 March (an open episode, not V3/V4), the social worker episodes must begin no
-- later than the later of 1 April and the start of the child's first episode in the return (no
-- social worker episode at all is flagged too). The open episode is flagged.
WITH sw AS (
  SELECT child, MIN(sw_decom) AS first_sw FROM sw_episodes GROUP BY child
),
first_ep AS (
  SELECT child, MIN(decom) AS first_decom FROM episodes GROUP BY child
)
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN first_ep f ON f.child = e.child
CROSS JOIN meta m
LEFT JOIN sw ON sw.child = e.child
WHERE trim(COALESCE(e.dec_raw, '')) = ''
  AND upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4')
  AND f.first_decom IS NOT NULL
  AND (sw.first_sw IS NULL
       OR sw.first_sw > CASE WHEN f.first_decom > m.collection_start THEN f.first_decom
                             ELSE m.collection_start END)
