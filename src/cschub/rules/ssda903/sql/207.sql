-- 207: Mother status for the current year disagrees with the mother status already recorded for
-- this child: a child recorded as a mother last year (1) who has episodes this year.
-- needs: previous
SELECT 'Header' AS tbl, h.row_no
FROM header h
JOIN header_last l ON l.child = h.child
WHERE l.mother = '1'
  AND h.mother IS DISTINCT FROM '1'
  AND h.child IN (SELECT child FROM episodes WHERE child IS NOT NULL)
