-- 117: Date of decision that a child should/should no longer be placed for adoption is beyond
-- the current collection year or after the child ceased to be looked after (the child's latest
-- episode that is not a change within care, REC X1).
WITH latest AS (
    SELECT child, row_no, dec,
           ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS n
    FROM episodes
    WHERE decom IS NOT NULL AND COALESCE(upper(rec), '') <> 'X1'
),
flagged AS (
    SELECT l.row_no AS episode_row, p.row_no AS placed_row
    FROM latest l
    JOIN placed_adoption p ON p.child = l.child
    CROSS JOIN meta
    WHERE l.n = 1
      AND (p.date_placed > meta.collection_end OR p.date_placed > l.dec
           OR p.date_placed_ceased > meta.collection_end OR p.date_placed_ceased > l.dec)
)
SELECT 'Episodes' AS tbl, episode_row AS row_no FROM flagged
UNION ALL
SELECT 'PlacedAdoption', placed_row FROM flagged
