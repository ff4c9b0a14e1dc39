-- 334: Date child started to be looked after in latest period of care must be on or prior to the
-- date should be placed for adoption: the AD1 DATE_INT must not be before the start of the
-- child's latest episode with reason for new episode S. The AD1 row and that episode are flagged.
WITH starts AS (
    SELECT row_no, child, decom,
           ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS rn
    FROM episodes
    WHERE upper(rne) = 'S' AND decom IS NOT NULL AND child IS NOT NULL
),
bad AS (
    SELECT a.row_no AS ad1_row, s.row_no AS ep_row
    FROM ad1 a
    JOIN starts s ON s.child = a.child AND s.rn = 1
    WHERE a.date_int < s.decom
)
SELECT DISTINCT 'AD1' AS tbl, ad1_row AS row_no FROM bad
UNION
SELECT DISTINCT 'Episodes' AS tbl, ep_row AS row_no FROM bad
