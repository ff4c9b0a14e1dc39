-- 151: All data items relating to a child's adoption must be coded or left blank.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE (CASE WHEN trim(COALESCE(date_int_raw, '')) <> '' THEN 1 ELSE 0 END
     + CASE WHEN trim(COALESCE(date_match_raw, '')) <> '' THEN 1 ELSE 0 END
     + CASE WHEN foster_care IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN nb_adoptr IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN sex_adoptr IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN ls_adoptr IS NOT NULL THEN 1 ELSE 0 END) BETWEEN 1 AND 5
