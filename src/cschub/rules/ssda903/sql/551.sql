-- 551: Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.
-- An adoption placement (A3-A6) for a child with no PlacedAdoption row holding a DATE_PLACED.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE upper(e.place) IN ('A3', 'A4', 'A5', 'A6')
  AND NOT EXISTS (SELECT 1 FROM placed_adoption p
                  WHERE p.child = e.child AND p.date_placed IS NOT NULL)
