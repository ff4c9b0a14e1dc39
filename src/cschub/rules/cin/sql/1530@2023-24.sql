-- 1530: UPN invalid (characters 2-4 not a recognised LA code). Where a UPN is present, characters
-- 2-4 must be a post-April 1998 LA code or a recognised pseudo-LA code (from 2023-24 the list adds
-- 942 and 943).
WITH u AS (
    SELECT row_no,
           CASE WHEN substr(upn, 2, 3) ~ '^[0-9]{3}$'
                THEN CAST(substr(upn, 2, 3) AS INTEGER) END AS la
    FROM child_identifiers
    WHERE upn IS NOT NULL
)
SELECT 'ChildIdentifiers' AS tbl, row_no
FROM u
WHERE la IS NULL
   OR NOT (la BETWEEN 1 AND 5 OR la BETWEEN 201 AND 213 OR la BETWEEN 301 AND 320 OR
          la BETWEEN 330 AND 336 OR la BETWEEN 340 AND 344 OR la BETWEEN 350 AND 359 OR
          la BETWEEN 370 AND 373 OR la BETWEEN 380 AND 384 OR la BETWEEN 390 AND 394 OR
          la = 420 OR la BETWEEN 660 AND 681 OR la BETWEEN 701 AND 708 OR
          la BETWEEN 800 AND 803 OR la BETWEEN 805 AND 808 OR la BETWEEN 810 AND 813 OR
          la = 815 OR la = 816 OR la BETWEEN 820 AND 823 OR la = 825 OR la = 826 OR la = 830 OR
          la = 831 OR la BETWEEN 835 AND 839 OR la = 840 OR la = 841 OR la = 845 OR la = 846 OR
          la BETWEEN 850 AND 852 OR la BETWEEN 855 AND 857 OR la = 860 OR la = 861 OR
          la BETWEEN 865 AND 896 OR la = 908 OR la = 909 OR la = 916 OR la = 919 OR la = 921 OR
          la = 925 OR la = 926 OR la = 928 OR la = 929 OR la = 931 OR la = 933 OR
          la BETWEEN 935 AND 938 OR la BETWEEN 940 AND 941 OR la = 942 OR la = 943)
