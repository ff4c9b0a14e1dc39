-- 601: The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.
-- An episode ending in adoption (E11, E12) during the collection year needs an AD1 row with
-- DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR all given: the episode and
-- the incomplete AD1 row (or the episode alone when the child has no AD1 row).
WITH adopted AS (
  SELECT e.row_no, e.child
  FROM episodes e, meta m
  WHERE upper(e.rec) IN ('E11', 'E12')
    AND e.dec >= m.collection_start AND e.dec <= m.collection_end
),
incomplete AS (
  SELECT row_no, child FROM ad1
  WHERE date_int IS NULL OR date_match IS NULL OR foster_care IS NULL OR nb_adoptr IS NULL
     OR sex_adoptr IS NULL OR ls_adoptr IS NULL
)
SELECT 'Episodes' AS tbl, a.row_no
FROM adopted a
WHERE NOT EXISTS (SELECT 1 FROM ad1 WHERE ad1.child = a.child)
   OR EXISTS (SELECT 1 FROM incomplete i WHERE i.child = a.child)
UNION ALL
SELECT DISTINCT 'AD1' AS tbl, i.row_no
FROM incomplete i JOIN adopted a ON a.child = i.child
