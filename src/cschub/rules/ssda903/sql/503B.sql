-- 503B: The legal status in the first episode does not match open episode at end of last year.
-- The child's first episode this year against last year's latest episode, when that was still open
-- at 31 March: the legal status (LS) must be the same.
-- needs: previous
-- One pass over both years' episodes, by child (no joins).
WITH t AS (
  SELECT 0 AS src, row_no, child, decom, '' AS dec_raw, COALESCE(upper(ls), '') AS v
  FROM episodes WHERE decom IS NOT NULL AND child IS NOT NULL
  UNION ALL
  SELECT 1 AS src, row_no, child, decom, trim(COALESCE(dec_raw, '')) AS dec_raw,
         COALESCE(upper(ls), '') AS v
  FROM episodes_last WHERE decom IS NOT NULL AND child IS NOT NULL
),
r AS (
  SELECT t.*,
         ROW_NUMBER() OVER (PARTITION BY child, src
                            ORDER BY CASE WHEN src = 0 THEN decom END,
                                     CASE WHEN src = 1 THEN decom END DESC,
                                     CASE WHEN src = 0 THEN row_no END,
                                     CASE WHEN src = 1 THEN row_no END DESC) AS rn
  FROM t
),
w AS (
  SELECT r.*,
         MAX(CASE WHEN src = 1 AND rn = 1 AND dec_raw = '' THEN v END)
           OVER (PARTITION BY child) AS last_v
  FROM r
)
SELECT 'Episodes' AS tbl, row_no
FROM w
WHERE src = 0 AND rn = 1 AND last_v IS NOT NULL AND v <> last_v
