-- 105: Data entry for UASC status of child is invalid or has not been completed. The Header's
-- UASC flag must be 0 or 1 wherever the return carries it: every child of the XML export (a
-- missing flag has not been completed) and CSV Header files with a UASC column. A CSV return
-- without the column gives UASC status as rows of the UASC table, so there is no flag to check.
SELECT 'Header' AS tbl, h.row_no
FROM header h
WHERE (h.xml_path IS NOT NULL OR h.uasc_raw IS NOT NULL)
  AND COALESCE(trim(h.uasc_raw), '') NOT IN ('0', '1')
