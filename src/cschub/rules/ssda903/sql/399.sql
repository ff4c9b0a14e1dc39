-- 399: Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.
-- A child all of whose episodes are V3/V4 (short breaks) with MOTHER given or a review recorded:
-- all the child's episodes, the header row when MOTHER is given and the review rows are flagged.
WITH resp AS (
  SELECT child FROM episodes
  WHERE child IS NOT NULL
  GROUP BY child
  HAVING MIN(CASE WHEN upper(ls) IN ('V3', 'V4') THEN 1 ELSE 0 END) = 1
),
hdr AS (
  SELECT h.row_no, h.child FROM header h JOIN resp r ON r.child = h.child
  WHERE h.mother IS NOT NULL
),
rev AS (
  SELECT v.row_no, v.child FROM reviews v JOIN resp r ON r.child = v.child
  WHERE v.review IS NOT NULL OR v.review_code IS NOT NULL
     OR trim(COALESCE(v.review_raw, '')) <> ''
),
bad AS (SELECT child FROM hdr UNION SELECT child FROM rev)
SELECT 'Episodes' AS tbl, e.row_no FROM episodes e JOIN bad b ON b.child = e.child
UNION ALL
SELECT 'Header' AS tbl, row_no FROM hdr
UNION ALL
SELECT 'Reviews' AS tbl, row_no FROM rev
