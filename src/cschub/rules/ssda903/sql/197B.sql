-- 197B: SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds (the 4th or 17th
-- birthday falls in the collection year) who were continuously looked after during the year.
-- Continuously looked after: an episode open during the year and no episode that starts a period
-- of care in the year (RNE S), ends care in the year (REC not X1) or is V3/V4 during the year.
-- One pass over OC2 and Episodes, by child (no joins).
WITH t AS (
  SELECT 0 AS src, o.row_no, o.child,
         CASE WHEN ((CAST(o.dob + INTERVAL '4 years' AS DATE)
                     BETWEEN m.collection_start AND m.collection_end)
                 OR (CAST(o.dob + INTERVAL '17 years' AS DATE)
                     BETWEEN m.collection_start AND m.collection_end))
                AND o.sdq_score IS NULL AND trim(COALESCE(o.sdq_score_raw, '')) = ''
                AND o.sdq_reason IS NULL THEN 1 ELSE 0 END AS missing_sdq,
         0 AS during, 0 AS breaks
  FROM oc2 o CROSS JOIN meta m
  UNION ALL
  SELECT 1 AS src, e.row_no, e.child, 0 AS missing_sdq,
         CASE WHEN e.decom <= m.collection_end
                   AND (e.dec IS NULL OR e.dec >= m.collection_start) THEN 1 ELSE 0 END AS during,
         CASE WHEN (upper(e.rne) = 'S' AND e.decom > m.collection_start
                    AND e.decom <= m.collection_end)
                OR (COALESCE(upper(e.rec), '') <> 'X1' AND e.dec >= m.collection_start
                    AND e.dec < m.collection_end)
                OR (upper(e.ls) IN ('V3', 'V4') AND e.decom <= m.collection_end
                    AND (e.dec IS NULL OR e.dec >= m.collection_start))
              THEN 1 ELSE 0 END AS breaks
  FROM episodes e CROSS JOIN meta m
),
w AS (
  SELECT t.*,
         MAX(during) OVER (PARTITION BY child) AS any_during,
         MAX(breaks) OVER (PARTITION BY child) AS any_break
  FROM t WHERE child IS NOT NULL
)
SELECT 'OC2' AS tbl, row_no
FROM w
WHERE src = 0 AND missing_sdq = 1 AND any_during = 1 AND any_break = 0
