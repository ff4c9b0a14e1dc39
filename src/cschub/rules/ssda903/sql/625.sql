-- 625: Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.
-- MC_DOB after 31 March flags the header row; for a child with ended episodes, MC_DOB after
-- 31 March or after the latest DEC flags the header row and that latest ended episode.
WITH last_ep AS (
  SELECT row_no, child, dec,
         ROW_NUMBER() OVER (PARTITION BY child ORDER BY dec DESC, row_no) AS rn
  FROM episodes
  WHERE child IS NOT NULL AND dec IS NOT NULL
    AND child IN (SELECT child FROM header WHERE mc_dob IS NOT NULL)  -- only they can be flagged
)
SELECT 'Header' AS tbl, h.row_no
FROM header h, meta m
WHERE h.mc_dob > m.collection_end
UNION ALL
SELECT 'Header' AS tbl, h.row_no
FROM header h JOIN last_ep e ON e.child = h.child AND e.rn = 1
WHERE h.mc_dob > e.dec
UNION ALL
SELECT 'Episodes' AS tbl, e.row_no
FROM header h JOIN last_ep e ON e.child = h.child AND e.rn = 1
CROSS JOIN meta m
WHERE h.mc_dob > e.dec OR h.mc_dob > m.collection_end
