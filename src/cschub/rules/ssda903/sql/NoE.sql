-- NoE: This child has no episodes loaded for previous year even though child started to be looked
-- after before this current year.
-- needs: previous
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e, meta m
WHERE e.decom < m.collection_start
  AND NOT EXISTS (SELECT 1 FROM episodes_last l WHERE l.child = e.child)
