-- 525: A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.
-- A placed-for-adoption decision that ceased (DATE_PLACED_CEASED given) for a child with adoption
-- details in AD1: the PlacedAdoption row and the AD1 row.
WITH ad AS (
  SELECT row_no, child FROM ad1
  WHERE date_int IS NOT NULL OR date_match IS NOT NULL OR foster_care IS NOT NULL
     OR nb_adoptr IS NOT NULL OR sex_adoptr IS NOT NULL OR ls_adoptr IS NOT NULL
     OR trim(COALESCE(date_int_raw, '')) <> '' OR trim(COALESCE(date_match_raw, '')) <> ''
),
bad AS (
  SELECT p.row_no AS p_row, a.row_no AS a_row
  FROM placed_adoption p
  JOIN ad a ON a.child = p.child
  WHERE p.date_placed_ceased IS NOT NULL OR trim(COALESCE(p.date_placed_ceased_raw, '')) <> ''
)
SELECT 'PlacedAdoption' AS tbl, p_row AS row_no FROM bad
UNION ALL
SELECT 'AD1' AS tbl, a_row AS row_no FROM bad
