-- 503D (2024-25): The placement type in the first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March: the placement type must be the same,
-- except that an H5 placement may continue as K3 (H5 was replaced by K3).
-- needs: previous
WITH first_ep AS (
  SELECT row_no, child, place
  FROM (SELECT row_no, child, place,
               ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS rn
        FROM episodes WHERE decom IS NOT NULL AND child IS NOT NULL) x
  WHERE rn = 1
),
last_ep AS (
  SELECT child, dec_raw, place
  FROM (SELECT child, dec_raw, place,
               ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS rn
        FROM episodes_last WHERE decom IS NOT NULL AND child IS NOT NULL) x
  WHERE rn = 1
)
SELECT 'Episodes' AS tbl, f.row_no
FROM first_ep f JOIN last_ep l ON l.child = f.child
WHERE trim(COALESCE(l.dec_raw, '')) = ''
  AND COALESCE(upper(f.place), '') <> COALESCE(upper(l.place), '')
  AND NOT (upper(l.place) = 'H5' AND upper(f.place) = 'K3')
