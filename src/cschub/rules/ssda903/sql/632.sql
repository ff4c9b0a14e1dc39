-- 632: Date of previous permanence order not a valid value (DD/MM/YYYY, day and month may be ZZ)
-- or not before the start of the child's first episode.
-- A partly unknown date is compared at its latest possible value (ZZ day = 31, ZZ month = 12).
WITH pp AS (
  SELECT row_no, child, trim(date_perm) AS d,
         CASE WHEN trim(date_perm) ~ '^([0-9]{2}|ZZ)/([0-9]{2}|ZZ)/([0-9]{4}|ZZZZ)$'
              THEN 1 ELSE 0 END AS fmt
  FROM prev_perm
  WHERE date_perm IS NOT NULL
),
parts AS (
  SELECT row_no, child, fmt,
         CASE WHEN fmt = 1 AND substr(d, 1, 2) <> 'ZZ' THEN CAST(substr(d, 1, 2) AS INTEGER) END AS dd,
         CASE WHEN fmt = 1 AND substr(d, 4, 2) <> 'ZZ' THEN CAST(substr(d, 4, 2) AS INTEGER) END AS mm,
         CASE WHEN fmt = 1 AND substr(d, 7, 4) <> 'ZZZZ' THEN CAST(substr(d, 7, 4) AS INTEGER) END AS yy
  FROM pp
),
checked AS (
  SELECT row_no, child, dd, mm, yy,
         CASE
           WHEN fmt = 0 THEN 0
           WHEN mm IS NOT NULL AND (mm < 1 OR mm > 12) THEN 0
           WHEN dd IS NOT NULL AND (dd < 1 OR dd > 31) THEN 0
           WHEN dd IS NOT NULL AND mm IN (4, 6, 9, 11) AND dd > 30 THEN 0
           WHEN dd IS NOT NULL AND mm = 2 AND dd > 29 THEN 0
           WHEN dd = 29 AND mm = 2 AND yy IS NOT NULL
                AND NOT ((yy % 4 = 0 AND yy % 100 <> 0) OR yy % 400 = 0) THEN 0
           ELSE 1
         END AS ok
  FROM parts
),
first_ep AS (  -- episodes without DECOM come last in episode_order (see context.py)
  SELECT child, row_no, decom FROM episode_order WHERE rn = 1 AND decom IS NOT NULL
),
bad AS (
  SELECT c.row_no AS pp_row, f.row_no AS ep_row
  FROM checked c
  LEFT JOIN first_ep f ON f.child = c.child
  WHERE c.ok = 0
     OR (c.yy IS NOT NULL AND f.decom IS NOT NULL
         AND c.yy * 10000 + COALESCE(c.mm, 12) * 100 + COALESCE(c.dd, 31)
             >= EXTRACT(year FROM f.decom) * 10000 + EXTRACT(month FROM f.decom) * 100
                + EXTRACT(day FROM f.decom))
)
SELECT 'PrevPerm' AS tbl, pp_row AS row_no FROM bad
UNION ALL
SELECT 'Episodes' AS tbl, ep_row AS row_no FROM bad WHERE ep_row IS NOT NULL
