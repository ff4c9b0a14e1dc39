-- 359: Child being looked after following 18th birthday must be accommodated under section 20(5)
-- of the Children Act 1989 in a community home: an episode that runs past the 18th birthday
-- (ends after it, or is still open at 31 March when the young person is 18 or over on that day)
-- must have legal status V2 and placement K2.
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM episodes e
JOIN header h ON h.child = e.child
CROSS JOIN meta m
WHERE h.dob IS NOT NULL
  AND (e.dec > CAST(h.dob + INTERVAL '18 years' AS DATE)
       OR (e.dec IS NULL AND trim(COALESCE(e.dec_raw, '')) = ''
           AND age_years(h.dob, m.collection_end) >= 18))
  AND NOT (COALESCE(upper(e.ls), '') = 'V2' AND COALESCE(upper(e.place), '') = 'K2')
