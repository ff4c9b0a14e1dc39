-- 222 (2022-23): Ofsted URN should not be recorded for this placement type: a URN other than
-- XXXXXXX on a placement of type H5, P1-P3, R1, R2, R5, T0-T4 or Z1.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('H5', 'P1', 'P2', 'P3', 'R1', 'R2', 'R5',
                       'T0', 'T1', 'T2', 'T3', 'T4', 'Z1')
  AND urn IS NOT NULL AND upper(urn) <> 'XXXXXXX'
