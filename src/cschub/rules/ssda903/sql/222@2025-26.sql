-- 222 (from 2025-26): Ofsted URN should not be recorded for this placement type: a URN other
-- than XXXXXXX on a placement of type P1, P3, R1, R2, R5, T0-T4 or Z11-Z14, or Z1, which the
-- 2025-26 code list still carries beside Z11-Z14 and which was checked in earlier years.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(place) IN ('P1', 'P3', 'R1', 'R2', 'R5',
                       'T0', 'T1', 'T2', 'T3', 'T4', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14')
  AND urn IS NOT NULL AND upper(urn) <> 'XXXXXXX'
