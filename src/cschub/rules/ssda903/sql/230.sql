-- 230: Ofsted Unique reference number (URN) is required for any English H5 placements from
-- 28 October 2023: an H5 episode open on or after 29/10/2023 with no URN (blank or XXXXXXX) whose
-- placement postcode is not in Wales, Scotland or Northern Ireland.
-- needs: postcodes
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
LEFT JOIN postcodes p ON upper(replace(p.pcd, ' ', '')) = upper(replace(e.pl_post, ' ', ''))
WHERE upper(e.place) = 'H5'
  AND (e.dec >= DATE '2023-10-29' OR (e.dec IS NULL AND trim(COALESCE(e.dec_raw, '')) = ''))
  AND (e.urn IS NULL OR upper(e.urn) = 'XXXXXXX')
  AND NOT (COALESCE(upper(substr(p.laua, 1, 1)), 'E') IN ('W', 'S', 'N'))
