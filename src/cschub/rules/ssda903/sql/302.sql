-- 302: First episode starts before child was born.
WITH first_episode AS (
    SELECT child, row_no, decom,
           ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS n
    FROM episodes
    WHERE decom IS NOT NULL
),
flagged AS (
    SELECT f.row_no AS episode_row, h.row_no AS header_row
    FROM first_episode f
    JOIN header h ON h.child = f.child
    WHERE f.n = 1 AND h.dob > f.decom
)
SELECT 'Episodes' AS tbl, episode_row AS row_no FROM flagged
UNION ALL
SELECT 'Header', header_row FROM flagged
