-- 357: If this is the first episode ever for this child, reason for new episode must be S. The
-- child's earliest episode in the return, when it starts on or after 1 April (the start of the
-- collection year, so that nothing earlier can precede it unseen), must have RNE S.
WITH firsts AS (
    SELECT row_no, decom, rne,
           MIN(decom) OVER (PARTITION BY child) AS first_decom
    FROM episodes
    WHERE child IS NOT NULL AND decom IS NOT NULL
)
SELECT 'Episodes' AS tbl, f.row_no
FROM firsts f CROSS JOIN meta m
WHERE f.decom = f.first_decom
  AND f.decom >= m.collection_start
  AND COALESCE(upper(f.rne), '') <> 'S'
