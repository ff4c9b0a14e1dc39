-- 8815: More than one open CIN Details episode (no CIN Closure Date) has been provided for this
-- child and the case is not a referral with no further action.
SELECT 'CINdetails' AS tbl, row_no
FROM (SELECT row_no, count(*) OVER (PARTITION BY child_seq) AS open_episodes
      FROM cin_details
      WHERE cinclosuredate IS NULL
        AND coalesce(lower(trim(referralnfa)), '') NOT IN ('true', '1')) d
WHERE open_episodes > 1
