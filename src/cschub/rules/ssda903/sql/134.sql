-- 134: Data on adoption should not be entered for the OC3 cohort.
SELECT 'AD1' AS tbl, a.row_no
FROM ad1 a
WHERE (a.date_int IS NOT NULL OR a.date_match IS NOT NULL OR a.foster_care IS NOT NULL
       OR a.nb_adoptr IS NOT NULL OR a.sex_adoptr IS NOT NULL OR a.ls_adoptr IS NOT NULL)
  AND EXISTS (SELECT 1 FROM oc3 o WHERE o.child = a.child
              AND (o.in_touch IS NOT NULL OR o.activ IS NOT NULL OR o.accom IS NOT NULL))
