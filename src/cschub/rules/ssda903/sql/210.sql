-- 210: Children looked after for more than a week at 31 March should not have an unknown UPN
-- code of UN4 (UPN not yet obtained): a child whose episode open at 31 March began before
-- 24 March. The Header row and that episode are flagged.
WITH long_stay AS (
    SELECT e.row_no AS episode_row, h.row_no AS header_row
    FROM episodes e
    JOIN header h ON h.child = e.child
    CROSS JOIN meta
    WHERE upper(h.upn) = 'UN4'
      AND e.decom < meta.collection_end - 7
      AND (e.dec IS NULL OR e.dec > meta.collection_end)
)
SELECT 'Episodes' AS tbl, episode_row AS row_no FROM long_stay
UNION ALL
SELECT 'Header', header_row FROM long_stay
