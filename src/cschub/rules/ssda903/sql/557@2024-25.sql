-- 557 (2024-25 on): Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.
-- An episode in an adoption placement (A3-A6) or under a placement order (E1) that
-- ended care other than by adoption (REC given, not X1, E11 or E12): the child must have
-- PlacedAdoption rows, all with DATE_PLACED_CEASED and REASON_PLACED_CEASED. Flags the episode and
-- the incomplete PlacedAdoption rows.
WITH ep AS (
  SELECT row_no, child FROM episodes
  WHERE (upper(place) IN ('A3', 'A4', 'A5', 'A6') OR upper(ls) = 'E1')
    AND rec IS NOT NULL AND upper(rec) NOT IN ('X1', 'E11', 'E12')
),
pa AS (
  SELECT row_no, child,
         CASE WHEN date_placed_ceased IS NULL OR reason_placed_ceased IS NULL THEN 1 ELSE 0 END
           AS incomplete
  FROM placed_adoption
)
SELECT 'Episodes' AS tbl, e.row_no
FROM ep e
WHERE NOT EXISTS (SELECT 1 FROM pa WHERE pa.child = e.child)
   OR EXISTS (SELECT 1 FROM pa WHERE pa.child = e.child AND pa.incomplete = 1)
UNION ALL
SELECT DISTINCT 'PlacedAdoption' AS tbl, pa.row_no
FROM pa JOIN ep e ON e.child = pa.child
WHERE pa.incomplete = 1
