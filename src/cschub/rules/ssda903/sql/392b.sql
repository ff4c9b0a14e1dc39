-- 392b: Child is looked after but no postcodes are recorded (home or placement postcode blank) for
-- an episode that is not V3/V4, of a child not recorded as UASC this year or last year.
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE upper(COALESCE(e.ls, '')) NOT IN ('V3', 'V4')
  AND (e.home_post IS NULL OR e.pl_post IS NULL)
  AND NOT EXISTS (SELECT 1 FROM uasc u WHERE u.child = e.child)
  AND NOT EXISTS (SELECT 1 FROM uasc_last u WHERE u.child = e.child)
