-- SW01STG1: Child looked after on 31 March (an episode without an end date, legal status not V3/V4),
-- but no social worker episode information is reported.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE e.dec IS NULL AND trim(COALESCE(e.dec_raw, '')) = ''
  AND upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4')
  AND NOT EXISTS (SELECT 1 FROM sw_episodes s WHERE s.child = e.child)
