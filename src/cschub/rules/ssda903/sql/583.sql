-- 583: More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked.
-- Every decision of a child other than the latest (by DATE_PLACED) must have a DATE_PLACED_CEASED.
WITH o AS (
  SELECT row_no, date_placed_ceased, date_placed_ceased_raw,
         ROW_NUMBER() OVER (PARTITION BY child
                            ORDER BY CASE WHEN date_placed IS NULL THEN 1 ELSE 0 END,
                                     date_placed DESC, row_no) AS rn
  FROM placed_adoption
  WHERE child IS NOT NULL
)
SELECT 'PlacedAdoption' AS tbl, row_no
FROM o
WHERE rn > 1 AND trim(COALESCE(date_placed_ceased_raw, '')) = ''
