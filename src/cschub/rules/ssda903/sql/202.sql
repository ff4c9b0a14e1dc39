-- 202: The gender code conflicts with the gender already recorded for this child.
-- needs: previous
-- The codes changed from 1/2 to M/F in 2024-25: a child recoded from 1 to M has not changed.
SELECT 'Header' AS tbl, h.row_no
FROM header h
JOIN header_last l ON l.child = h.child
WHERE (CASE upper(h.sex) WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE upper(h.sex) END)
      IS DISTINCT FROM
      (CASE upper(l.sex) WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE upper(l.sex) END)
