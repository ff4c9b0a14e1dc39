-- 228: Ofsted Unique reference number (URN) is not valid for the episode end date: for a URN
-- other than XXXXXXX whose registration has ended (REG_END in the Ofsted provider lists), the
-- episode must end on or before REG_END, and an episode still open needs REG_END on or after
-- 31 March. A URN listed more than once is flagged only when no entry was still registered on
-- that day; an end date that is not a valid date is left to other rules.
-- needs: providers
WITH reg AS (  -- REG_END as a date: YYYY-MM-DD or DD/MM/YYYY (a time may follow); otherwise none
    SELECT urn,
           CASE WHEN r ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN substr(r, 1, 4)
                WHEN r ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}' THEN substr(r, 7, 4) END AS y,
           CASE WHEN r ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN substr(r, 6, 2)
                WHEN r ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}' THEN substr(r, 4, 2) END AS mo,
           CASE WHEN r ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN substr(r, 9, 2)
                WHEN r ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}' THEN substr(r, 1, 2) END AS dd
    FROM (SELECT trim(urn) AS urn, trim(reg_end) AS r FROM providers) x
),
reg_day AS (
    SELECT urn, mo,
           CASE WHEN y >= '1900' AND mo BETWEEN '01' AND '12' AND dd BETWEEN '01' AND '31'
                THEN CAST(y || '-' || mo || '-01' AS DATE) + (CAST(dd AS INTEGER) - 1) END AS d
    FROM reg
),
prov AS (  -- an impossible day (31/02) rolls into the next month and is dropped
    SELECT urn, CASE WHEN EXTRACT(month FROM d) = CAST(mo AS INTEGER) THEN d END AS reg_end
    FROM reg_day
),
ends AS (
    SELECT e.row_no, e.urn,
           CASE WHEN e.dec IS NOT NULL THEN e.dec
                WHEN trim(COALESCE(e.dec_raw, '')) = '' THEN m.collection_end END AS end_day
    FROM episodes e CROSS JOIN meta m
    WHERE e.urn IS NOT NULL AND upper(e.urn) <> 'XXXXXXX'
)
SELECT 'Episodes' AS tbl, x.row_no
FROM ends x
WHERE x.end_day IS NOT NULL
  AND EXISTS (SELECT 1 FROM prov p WHERE p.urn = x.urn AND p.reg_end < x.end_day)
  AND NOT EXISTS (SELECT 1 FROM prov p
                  WHERE p.urn = x.urn AND (p.reg_end IS NULL OR p.reg_end >= x.end_day))
