-- 146: Placement type code is not a valid code. The year's code list
-- decides (H5 and P2 end in 2023-24, K3 starts in 2024-25, Z11-Z14 in 2025-26).
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE place IS NOT NULL
  AND upper(place) NOT IN (SELECT code FROM codes WHERE code_set = 'PLACE')
