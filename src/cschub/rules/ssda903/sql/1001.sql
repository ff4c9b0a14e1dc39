-- 1001: The episodes recorded for this young person suggest they are not a relevant or a former
-- relevant child and therefore should not have care leaver information completed.
-- Relevant: looked after (LS not V3/V4) for at least 91 days since the 14th birthday, and at least
-- one day after the 16th birthday, over this year's and last year's episodes; or the child's latest
-- episode ended in adoption (E11/E12). Young people aged 20 or more at 31 March, and those without a
-- date of birth, are not checked (their care before last year is not in the data).
-- needs: previous
WITH eps0 AS (
  SELECT child, decom, dec, ls, rec, 0 AS src FROM episodes WHERE decom IS NOT NULL
  UNION ALL
  SELECT child, decom, dec, ls, rec, 1 AS src FROM episodes_last WHERE decom IS NOT NULL
),
eps AS (  -- one row per child and start date, preferring a row that has an end date
  SELECT child, decom, dec, ls, rec,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC) AS latest
  FROM (SELECT child, decom, dec, ls, rec,
               ROW_NUMBER() OVER (PARTITION BY child, decom
                                  ORDER BY CASE WHEN dec IS NULL THEN 1 ELSE 0 END, dec, src) AS k
        FROM eps0) x
  WHERE k = 1
),
kids AS (
  SELECT o.row_no, o.child, h.dob,
         CAST(h.dob + INTERVAL '14 years' AS DATE) AS dob14,
         CAST(h.dob + INTERVAL '16 years' AS DATE) AS dob16
  FROM oc3 o
  JOIN (SELECT child, MIN(dob) AS dob FROM header WHERE dob IS NOT NULL GROUP BY child) h
    ON h.child = o.child
  CROSS JOIN meta m
  WHERE CAST(h.dob + INTERVAL '20 years' AS DATE) > m.collection_end
),
spells AS (
  SELECT k.child,
         CASE WHEN e.latest = 1 AND e.dec IS NULL THEN m.collection_end ELSE e.dec END AS dec,
         CASE WHEN e.decom > k.dob14 THEN e.decom ELSE k.dob14 END AS from14,
         CASE WHEN e.decom > k.dob16 THEN e.decom ELSE k.dob16 END AS from16
  FROM kids k JOIN eps e ON e.child = k.child CROSS JOIN meta m
  WHERE upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4')
),
totals AS (
  SELECT child,
         SUM(CASE WHEN dec > from14 THEN dec - from14 ELSE 0 END) AS t14,
         SUM(CASE WHEN dec > from16 THEN dec - from16 ELSE 0 END) AS t16
  FROM spells GROUP BY child
),
adopted AS (
  SELECT child FROM eps WHERE latest = 1 AND upper(rec) IN ('E11', 'E12')
)
SELECT 'OC3' AS tbl, k.row_no
FROM kids k LEFT JOIN totals t ON t.child = k.child
WHERE k.child IN (SELECT child FROM adopted)
   OR COALESCE(t.t14, 0) < 91
   OR COALESCE(t.t16, 0) < 1
