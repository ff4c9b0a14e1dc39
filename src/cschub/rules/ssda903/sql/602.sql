-- 602: The episode data submitted for this child does not show that he/she was adopted during the year.
-- An AD1 row with adoption details for a child with no episode ending in adoption (E11, E12)
-- during the collection year.
SELECT 'AD1' AS tbl, a.row_no
FROM ad1 a
WHERE (a.date_int IS NOT NULL OR a.date_match IS NOT NULL OR a.foster_care IS NOT NULL
       OR a.nb_adoptr IS NOT NULL OR a.sex_adoptr IS NOT NULL OR a.ls_adoptr IS NOT NULL
       OR trim(COALESCE(a.date_int_raw, '')) <> '' OR trim(COALESCE(a.date_match_raw, '')) <> '')
  AND NOT EXISTS (SELECT 1 FROM episodes e, meta m
                  WHERE e.child = a.child AND upper(e.rec) IN ('E11', 'E12')
                    AND e.dec >= m.collection_start AND e.dec <= m.collection_end)
