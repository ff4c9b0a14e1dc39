-- 344: The young person has died or returned home for 6 months or more (IN_TOUCH DIED or RHOM),
-- but activity and/or accommodation on leaving care have been completed (other than 0).
SELECT 'OC3' AS tbl, row_no
FROM oc3
WHERE upper(in_touch) IN ('DIED', 'RHOM')
  AND (activ IS DISTINCT FROM '0' OR accom IS DISTINCT FROM '0')
