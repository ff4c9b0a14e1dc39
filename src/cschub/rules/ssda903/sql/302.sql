-- 302: First episode starts before child was born.
WITH first_episode AS (  -- episodes without DECOM come last in episode_order (context.py)
    SELECT child, row_no, decom FROM episode_order WHERE rn = 1 AND decom IS NOT NULL
),
flagged AS (
    SELECT f.row_no AS episode_row, h.row_no AS header_row
    FROM first_episode f
    JOIN header h ON h.child = f.child
    WHERE h.dob > f.decom
)
SELECT 'Episodes' AS tbl, episode_row AS row_no FROM flagged
UNION ALL
SELECT 'Header', header_row FROM flagged
