-- 218 (from 2025-26): Ofsted Unique reference number (URN) is required: an episode ending after 31
-- March 2015 or still open, placed in England, must have a URN (XXXXXXX when the provider has
-- none) unless its placement type is P1, P3, R1, R2, R5, T0-T4 or Z11-Z14 or its legal status is
-- V3 or V4 (short breaks, which must not record a URN, rule 214). Z1, which the 2025-26 code list
-- still carries beside Z11-Z14, is not in the rule's list, so from 2025-26 it needs a URN too.
-- Placed in England: PL_POST is not found in the ONS postcode directory in a local authority
-- district outside England (code beginning W, S, N, L or M); a missing or unknown postcode is
-- reported by rule 169.
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE e.urn IS NULL
  AND COALESCE(upper(e.ls), '') NOT IN ('V3', 'V4')
  AND COALESCE(upper(e.place), '') NOT IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4',
                                          'Z11', 'Z12', 'Z13', 'Z14')
  AND (e.dec >= DATE '2015-04-01' OR (e.dec IS NULL AND trim(COALESCE(e.dec_raw, '')) = ''))
  AND NOT EXISTS (SELECT 1 FROM postcodes p
                  WHERE upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
                    AND upper(substr(p.laua, 1, 1)) IN ('W', 'S', 'N', 'L', 'M'))
