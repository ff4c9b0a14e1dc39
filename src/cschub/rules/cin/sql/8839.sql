-- 8839: Within one CINDetails group there are 2 or more open S47 Assessments (no initial
-- conference date and not marked as not required).
SELECT 'Section47' AS tbl, row_no
FROM (SELECT row_no, count(*) OVER (PARTITION BY child_seq, cin_seq) AS open_enquiries
      FROM section47
      WHERE dateofinitialcpc IS NULL
        AND coalesce(lower(trim(icpcnotrequired)), '') NOT IN ('true', '1')) s
WHERE open_enquiries > 1
