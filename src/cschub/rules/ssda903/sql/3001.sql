-- 3001: Where care leavers information is being returned for a young person around their 17th
-- birthday (in the collection year), the accommodation cannot be with their former foster carer(s)
-- (ACCOM Z1 or Z2).
SELECT 'OC3' AS tbl, o.row_no
FROM oc3 o
JOIN header h ON h.child = o.child
CROSS JOIN meta m
WHERE upper(o.accom) IN ('Z1', 'Z2')
  AND CAST(h.dob + INTERVAL '17 years' AS DATE) BETWEEN m.collection_start AND m.collection_end
