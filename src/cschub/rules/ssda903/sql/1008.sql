-- 1008: Ofsted Unique Reference Number (URN) is not valid (not in the Ofsted provider lists;
-- XXXXXXX, "no URN", is accepted).
-- needs: providers
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE e.urn IS NOT NULL AND upper(e.urn) <> 'XXXXXXX'
  AND NOT EXISTS (SELECT 1 FROM providers p WHERE trim(p.urn) = e.urn)
