-- 229 (from 2025-26): Placement provider does not match between the placing authority and the
-- local authority code of the provider: for a URN other than XXXXXXX in the Ofsted provider lists
-- on a placement other than K3, P1, P3, R1, R2, R5, T0-T4 or Z11-Z14, own provision
-- (PLACE_PROVIDER PR1) needs the provider's LA code (la_code in the lists) to be this LA's, and
-- other LA provision (PR2) needs it to be another LA's. Providers without an LA code, and URNs not
-- in the lists (rule 1008), are not checked.
-- needs: providers
WITH prov AS (  -- per URN: listed with an LA code, and listed with this LA's code
    SELECT trim(p.urn) AS urn,
           MAX(CASE WHEN p.la_code IS NOT NULL THEN 1 ELSE 0 END) AS has_la,
           MAX(CASE WHEN upper(trim(p.la_code)) = upper(m.la_code) THEN 1 ELSE 0 END) AS ours
    FROM providers p CROSS JOIN meta m
    WHERE m.la_code IS NOT NULL
    GROUP BY trim(p.urn)
)
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN prov p ON p.urn = e.urn
WHERE upper(e.urn) <> 'XXXXXXX' AND p.has_la = 1
  AND COALESCE(upper(e.place), '') NOT IN ('K3', 'P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2',
                                          'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14')
  AND ((upper(e.place_provider) = 'PR1' AND p.ours = 0)
       OR (upper(e.place_provider) = 'PR2' AND p.ours = 1))
