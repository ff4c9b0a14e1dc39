-- EPI: WARNING: Episodes need to be loaded for this child before further validation is possible.
-- A child in Header with neither episodes nor care leaver (OC3) information.
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.child = h.child)
  AND NOT EXISTS (SELECT 1 FROM oc3 o WHERE o.child = h.child)
