-- 358: Child with this legal status (J1, J2, J3: remanded or detained) should not be under 10
-- when the episode began. The episode and the child's Header row are flagged.
WITH young AS (
    SELECT e.row_no AS episode_row, h.row_no AS header_row
    FROM episodes e
    JOIN header h ON h.child = e.child
    WHERE upper(e.ls) IN ('J1', 'J2', 'J3')
      AND e.decom < CAST(h.dob + INTERVAL '10 years' AS DATE)
)
SELECT 'Episodes' AS tbl, episode_row AS row_no FROM young
UNION ALL
SELECT DISTINCT 'Header', header_row FROM young
