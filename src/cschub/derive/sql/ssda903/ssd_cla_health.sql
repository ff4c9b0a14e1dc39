-- OC2 health items at 31 March: one row per item, status 1 (yes) or 0 (no) as returned.
SELECT child || '/' || _year || '/' || item AS clah_health_check_id,
    child AS clah_person_id, item AS clah_health_check_type, status AS clah_health_check_status,
    CAST(CAST(_year_start + 1 AS VARCHAR) || '-03-31' AS DATE) AS clah_health_check_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 OC2' AS _source, 10000 - _year_start AS _rank
FROM (
    SELECT *, 'HEALTH_CHECK' AS item, health_check AS status FROM v_ssda903_oc2
    UNION ALL SELECT *, 'TEETH_CHECK', teeth_check FROM v_ssda903_oc2
    UNION ALL SELECT *, 'HEALTH_ASSESSMENT', health_assessment FROM v_ssda903_oc2
) items
WHERE status IS NOT NULL
