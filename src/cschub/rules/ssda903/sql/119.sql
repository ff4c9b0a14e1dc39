-- 119: If the decision is made that a child should no longer be placed for adoption, then the
-- date of this decision and the reason why this decision was made must be completed.
SELECT 'PlacedAdoption' AS tbl, row_no
FROM placed_adoption
WHERE (trim(COALESCE(date_placed_ceased_raw, '')) = '') <> (reason_placed_ceased IS NULL)
