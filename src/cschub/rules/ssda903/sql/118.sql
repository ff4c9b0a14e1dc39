-- 118: Date of decision that a child should no longer be placed for adoption is before the
-- current collection year or before the date the child started to be looked after (the child's
-- earliest episode that is not a short break, legal status V3 or V4).
WITH earliest AS (
    SELECT child, row_no, decom,
           ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS n
    FROM episodes
    WHERE decom IS NOT NULL AND COALESCE(upper(ls), '') NOT IN ('V3', 'V4')
      AND child IN (SELECT child FROM placed_adoption WHERE date_placed_ceased IS NOT NULL)
),
flagged AS (
    SELECT e.row_no AS episode_row, p.row_no AS placed_row
    FROM earliest e
    JOIN placed_adoption p ON p.child = e.child
    CROSS JOIN meta
    WHERE e.n = 1 AND p.date_placed_ceased IS NOT NULL
      AND (p.date_placed_ceased < e.decom OR p.date_placed_ceased < meta.collection_start)
)
SELECT 'Episodes' AS tbl, episode_row AS row_no FROM flagged
UNION ALL
SELECT 'PlacedAdoption', placed_row FROM flagged
