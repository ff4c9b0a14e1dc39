-- 411: Placement location code disagrees with LA of placement. PL_LOCATION (IN/OUT) and PL_LA
-- are not in an LA's return: the DfE derives both from the placement postcode after submission,
-- and the rule checks that derivation. Derived here from PL_POST with the postcode directory they
-- would agree by construction, so the rule cannot be checked on what an LA supplies and is
-- reported not_applicable (the input named below is never given).
-- needs: PL_LA and PL_LOCATION as the DfE derives them after submission
SELECT 'Episodes' AS tbl, row_no FROM episodes WHERE 1 = 0
