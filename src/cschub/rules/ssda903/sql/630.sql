-- 630: Information on previous permanence option should be returned.
-- An episode starting to be looked after (RNE S) in the year needs a PrevPerm row with PREV_PERM;
-- unless PREV_PERM is Z1 (no previous permanence), LA_PERM and DATE_PERM must be given too.
SELECT DISTINCT 'Episodes' AS tbl, e.row_no
FROM episodes e
CROSS JOIN meta m
LEFT JOIN prev_perm p ON p.child = e.child
WHERE upper(e.rne) = 'S' AND e.decom >= m.collection_start
  AND (p.row_no IS NULL
       OR p.prev_perm IS NULL
       OR (upper(p.prev_perm) <> 'Z1' AND (p.la_perm IS NULL OR p.date_perm IS NULL)))
