-- 303: If date UASC status ceased is not null, UASC status must be coded 1. Checked where the
-- return carries the Header's UASC flag (see 105): a UASC row with a DUC whose child's Header
-- flag is not 1 (blank or missing included). The UASC row and the Header row are flagged. In a
-- CSV return without the flag, the UASC row itself is the child's UASC status.
WITH bad AS (
  SELECT u.row_no AS uasc_row, h.row_no AS header_row
  FROM uasc u
  JOIN header h ON h.child = u.child
  WHERE NULLIF(trim(u.duc_raw), '') IS NOT NULL
    AND (h.xml_path IS NOT NULL OR h.uasc_raw IS NOT NULL)
    AND COALESCE(trim(h.uasc_raw), '') <> '1'
)
SELECT 'UASC' AS tbl, uasc_row AS row_no FROM bad
UNION
SELECT 'Header' AS tbl, header_row AS row_no FROM bad
