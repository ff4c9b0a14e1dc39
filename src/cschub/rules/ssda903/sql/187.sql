-- 187: Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any
-- of adoption or care leavers returns completed.
SELECT 'OC3' AS tbl, row_no
FROM oc3
WHERE child IN (SELECT child FROM cla_12_months)
  AND (in_touch IS NOT NULL OR activ IS NOT NULL OR accom IS NOT NULL)
UNION ALL
SELECT 'AD1', row_no
FROM ad1
WHERE child IN (SELECT child FROM cla_12_months)
  AND (trim(COALESCE(date_int_raw, '')) <> '' OR trim(COALESCE(date_match_raw, '')) <> ''
       OR foster_care IS NOT NULL OR nb_adoptr IS NOT NULL OR sex_adoptr IS NOT NULL
       OR ls_adoptr IS NOT NULL)
