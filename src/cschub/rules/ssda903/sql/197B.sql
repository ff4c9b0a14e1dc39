-- 197B: SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds (the 4th or 17th
-- birthday falls in the collection year) who were continuously looked after during the year.
-- Continuously looked after: an episode open during the year and no episode that starts a period
-- of care in the year (RNE S), ends care in the year (REC not X1) or is V3/V4 during the year.
WITH eps AS (
  SELECT e.child,
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
cla AS (
  SELECT child FROM eps GROUP BY child HAVING MAX(during) = 1 AND MAX(breaks) = 0
)
SELECT 'OC2' AS tbl, o.row_no
FROM oc2 o CROSS JOIN meta m
WHERE o.child IN (SELECT child FROM cla)
  AND ((CAST(o.dob + INTERVAL '4 years' AS DATE) BETWEEN m.collection_start AND m.collection_end)
    OR (CAST(o.dob + INTERVAL '17 years' AS DATE) BETWEEN m.collection_start AND m.collection_end))
  AND o.sdq_score IS NULL AND trim(COALESCE(o.sdq_score_raw, '')) = ''
  AND o.sdq_reason IS NULL
